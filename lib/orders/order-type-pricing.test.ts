import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SUBSCRIPTION_DELAYS } from "@/lib/api-v2/service-types";
import { money } from "@/lib/money/money";
import { orderUnits } from "./order-units";
import { orderCharge, refundFor } from "./refund-math";
import { orderInputSchema } from "./schemas";

// Pricing of drip-feed and subscriptions (issue 19): the charge is exactly rate × units / 1000 (units =
// runs × per run, or posts × max), and whatever is delivered, the one refund at the end never exceeds
// the charge, so charge − refund ≥ 0 and the children's deliveries never exceed what was paid for.

const rate = fc.integer({ min: 1, max: 100_000_000 }).map((cents) => money(cents).div(10_000)); // 0.0001 … 10,000 per 1,000
const wide = { min: 1, max: 100_000_000, dripfeed: true };
const link = "https://example.com/p/1";

const exactCharge = (r: Decimal, units: number) => r.times(units).div(1000).toDecimalPlaces(4, Decimal.ROUND_HALF_UP);

/** Splits `total` units into `parts` child deliveries at random (the provider's child orders). */
const split = (total: number, cuts: number[]) => {
  const points = [0, ...cuts.map((cut) => Math.floor(cut * total)).sort((a, b) => a - b), total];
  return points.slice(1).map((point, index) => point - points[index]);
};

/** What the end of the order refunds for `delivered` of `units` (the existing refund math, once). */
const settle = (charge: Decimal, units: number, delivered: number) =>
  refundFor({ status: "PARTIAL", charge, quantity: units, remains: units - delivered, refunded: money(0) });

describe("drip-feed pricing", () => {
  it("charges rate × runs × per run / 1000 exactly, and the refund stays within the charge", () => {
    fc.assert(
      fc.property(
        rate,
        fc.integer({ min: 2, max: 1000 }),
        fc.integer({ min: 1, max: 100_000 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 8 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (r, runs, perRun, cuts, share) => {
          const input = orderInputSchema.parse({ serviceId: 1, link, quantity: perRun, runs, interval: 10 });
          const priced = orderUnits({ ...wide, type: "DEFAULT" }, input);
          expect(priced.units).toBe(runs * perRun);
          expect(priced.dripfeed).toEqual({ runs, interval: 10, runQuantity: perRun });
          const charge = orderCharge({ rate: r, units: priced.units, perPackage: false });
          expect(charge.eq(exactCharge(r, runs * perRun))).toBe(true);
          const delivered = Math.floor(share * priced.units);
          const children = split(delivered, cuts);
          expect(children.reduce((sum, part) => sum + part, 0)).toBeLessThanOrEqual(priced.units);
          const refund = settle(charge, priced.units, delivered);
          expect(refund.gte(0) && refund.lte(charge)).toBe(true);
          expect(charge.minus(refund).gte(0)).toBe(true);
        },
      ),
    );
  });
});

describe("subscription pricing", () => {
  const subscription = fc
    .record({
      min: fc.integer({ min: 1, max: 5_000 }),
      extra: fc.integer({ min: 0, max: 5_000 }),
      posts: fc.integer({ min: 1, max: 10_000 }),
      delay: fc.constantFrom(...SUBSCRIPTION_DELAYS),
    })
    .map(({ min, extra, posts, delay }) => ({ min, max: min + extra, posts, delay }));

  it("charges rate × posts × max / 1000 up front; posts delivered never refund more than was charged", () => {
    fc.assert(
      fc.property(
        rate,
        subscription,
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { maxLength: 12 }),
        (r, { min, max, posts, delay }, perPost) => {
          const input = orderInputSchema.parse({ serviceId: 1, username: "someone", min, max, posts, delay });
          const priced = orderUnits({ ...wide, type: "SUBSCRIPTIONS" }, input);
          expect(priced.units).toBe(posts * max);
          expect(priced.target).toBe("someone");
          const charge = orderCharge({ rate: r, units: priced.units, perPackage: false });
          expect(charge.eq(exactCharge(r, posts * max))).toBe(true);
          // Each post seen gets between min and max (the provider's child orders), at most `posts` of them.
          const children = perPost.slice(0, posts).map((units) => min + (units % (max - min + 1)));
          const delivered = children.reduce((sum, units) => sum + units, 0);
          expect(delivered).toBeLessThanOrEqual(posts * max);
          const refund = settle(charge, priced.units, delivered);
          expect(refund.gte(0) && refund.lte(charge)).toBe(true);
          expect(charge.minus(refund).gte(0)).toBe(true);
          // Nothing delivered: everything back, to the paisa share the refund rule allows.
          expect(settle(charge, priced.units, 0).eq(charge)).toBe(true);
        },
      ),
    );
  });

  it("a settlement run twice never takes the refunds above the charge (the ledger keeps it to one refund)", () => {
    fc.assert(
      fc.property(rate, subscription, fc.double({ min: 0, max: 1, noNaN: true }), (r, { max, posts }, share) => {
        const units = posts * max;
        const charge = orderCharge({ rate: r, units, perPackage: false });
        const remains = units - Math.floor(share * units);
        const first = refundFor({ status: "PARTIAL", charge, quantity: units, remains, refunded: money(0) });
        const again = refundFor({ status: "PARTIAL", charge, quantity: units, remains, refunded: first });
        expect(first.plus(again).lte(charge)).toBe(true);
        const cancel = refundFor({ status: "CANCELED", charge, quantity: units, remains: null, refunded: first });
        expect(first.plus(cancel).eq(charge)).toBe(true);
      }),
    );
  });
});
