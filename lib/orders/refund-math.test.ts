import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { money } from "@/lib/money/money";
import { orderCharge, refundFor } from "./refund-math";
import { canMove, ORDER_TRANSITIONS, statusesLeadingTo } from "./state-machine";

const charge = fc.integer({ min: 1, max: 10_000_000_00 }).map((cents) => money(cents).div(10_000)); // up to 100,000.0000
const quantity = fc.integer({ min: 1, max: 10_000_000 });

describe("refund math", () => {
  it("never refunds more than the charge, nor less than zero", () => {
    fc.assert(
      fc.property(
        charge,
        quantity,
        fc.integer({ min: -5, max: 20_000_000 }),
        fc.constantFrom("PARTIAL", "CANCELED", "FORWARD_FAILED") as fc.Arbitrary<"PARTIAL" | "CANCELED" | "FORWARD_FAILED">,
        (c, q, remains, status) => {
          const refund = refundFor({ status, charge: c, quantity: q, remains, refunded: money(0) });
          expect(refund.gte(0)).toBe(true);
          expect(refund.lte(c)).toBe(true);
          expect(refund.decimalPlaces()).toBeLessThanOrEqual(4);
        },
      ),
    );
  });

  it("cannot refund twice: after a partial refund, a cancel gives back only what is left", () => {
    fc.assert(
      fc.property(charge, quantity, fc.integer({ min: 0, max: 10_000_000 }), (c, q, r) => {
        const first = refundFor({ status: "PARTIAL", charge: c, quantity: q, remains: Math.min(r, q), refunded: money(0) });
        const second = refundFor({ status: "CANCELED", charge: c, quantity: q, remains: null, refunded: first });
        expect(first.plus(second).lte(c)).toBe(true);
        expect(refundFor({ status: "CANCELED", charge: c, quantity: q, remains: null, refunded: c }).isZero()).toBe(true);
      }),
    );
  });

  it("rounds a partial share down: 10.0000 for 3 units with 2 undelivered refunds 6.6666", () => {
    expect(refundFor({ status: "PARTIAL", charge: money("10"), quantity: 3, remains: 2, refunded: money(0) }).toFixed(4)).toBe("6.6666");
    expect(refundFor({ status: "PARTIAL", charge: money("10"), quantity: 3, remains: null, refunded: money(0) }).toFixed(4)).toBe("0.0000");
    expect(refundFor({ status: "CANCELED", charge: money("10"), quantity: 3, remains: 1, refunded: money(0) }).toFixed(4)).toBe("10.0000");
  });

  it("charges rate × units / 1000 half-up, and a package its rate", () => {
    expect(orderCharge({ rate: money("190.625"), units: 1500, perPackage: false }).toFixed(4)).toBe("285.9375");
    expect(orderCharge({ rate: money("0.3813"), units: 7, perPackage: false }).toFixed(4)).toBe("0.0027");
    expect(orderCharge({ rate: money("250"), units: 1, perPackage: true }).toFixed(4)).toBe("250.0000");
  });
});

describe("order state machine", () => {
  it("only moves forward: final states go nowhere, nothing returns to PENDING but an uncertain order", () => {
    for (const final of ["COMPLETED", "PARTIAL", "CANCELED", "FORWARD_FAILED"] as const) expect(ORDER_TRANSITIONS[final]).toEqual([]);
    expect(statusesLeadingTo("PENDING")).toEqual(["UNCERTAIN"]);
    expect(canMove("IN_PROGRESS", "PROCESSING")).toBe(false);
    expect(canMove("COMPLETED", "PARTIAL")).toBe(false);
    expect(canMove("PROCESSING", "COMPLETED")).toBe(true);
    expect(statusesLeadingTo("PARTIAL").sort()).toEqual(["IN_PROGRESS", "PENDING", "PROCESSING", "UNCERTAIN"]);
  });
});
