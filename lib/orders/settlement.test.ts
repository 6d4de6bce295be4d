import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { OrderStatus } from "@/lib/db/generated/enums";
import { money } from "@/lib/money/money";
import { refundFor } from "./refund-math";
import { childDelivered, settleDripFeed, settleSubscription, type ChildState } from "./settlement";

const refundOf = (charge: string, quantity: number, settled: { to: string; remains: number }) =>
  settled.to === "COMPLETED"
    ? money(0)
    : refundFor({
        status: settled.to as "PARTIAL" | "CANCELED",
        charge: money(charge),
        quantity,
        remains: settled.remains,
        refunded: money(0),
      });

describe("drip-feed settlement", () => {
  const five = { quantity: 500, runs: 5, runQuantity: 100 };

  it("5 runs canceled after 2 refund exactly 3 runs", () => {
    const settled = settleDripFeed({ ...five, runsDone: 2 }, null);
    expect(settled).toEqual({ to: "PARTIAL", remains: 300 });
    expect(refundOf("50", 500, settled).toFixed(4)).toBe("30.0000");
  });

  it("prefers the parent's numeric remains, and cancels in full when nothing was delivered", () => {
    expect(settleDripFeed({ ...five, runsDone: 2 }, 250)).toEqual({ to: "PARTIAL", remains: 250 });
    expect(settleDripFeed({ ...five, runsDone: 0 }, null)).toEqual({ to: "CANCELED", remains: 500 });
    expect(settleDripFeed({ ...five, runsDone: null }, 900)).toEqual({ to: "CANCELED", remains: 500 });
    expect(settleDripFeed({ ...five, runsDone: 9 }, null)).toEqual({ to: "PARTIAL", remains: 0 });
  });

  it("never refunds more than charged; CANCELED only when nothing was delivered", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.option(fc.integer({ min: -5, max: 120 }), { nil: null }),
        fc.option(fc.integer({ min: -10, max: 2_000_000 }), { nil: null }),
        (runs, runQuantity, runsDone, remains) => {
          const quantity = runs * runQuantity;
          const settled = settleDripFeed({ quantity, runs, runQuantity, runsDone }, remains);
          expect(settled.remains).toBeGreaterThanOrEqual(0);
          expect(settled.remains).toBeLessThanOrEqual(quantity);
          if (settled.to === "CANCELED") expect(settled.remains).toBe(quantity);
          expect(refundOf("123.4567", quantity, settled).lte("123.4567")).toBe(true);
        },
      ),
    );
  });
});

describe("subscription settlement", () => {
  const done = (quantity: number | null, remains: number | null = 0): ChildState => ({ status: "COMPLETED", quantity, remains });

  it("3 posts × max 100, two posts delivered 80 and 100: PARTIAL with 120 remains", () => {
    const settled = settleSubscription(300, 100, [done(80), done(100)]);
    expect(settled).toEqual({ to: "PARTIAL", remains: 120 });
    expect(refundOf("3", 300, settled!).toFixed(4)).toBe("1.2000");
  });

  it("waits while a child is not final, completes when all was delivered, cancels when nothing was", () => {
    expect(settleSubscription(300, 100, [done(100), { status: "IN_PROGRESS", quantity: 100, remains: 50 }])).toBeNull();
    expect(settleSubscription(300, 100, [done(100), { status: null, quantity: null, remains: null }])).toBeNull();
    expect(settleSubscription(300, 100, [done(100), done(100), done(100)])).toEqual({ to: "COMPLETED", remains: 0 });
    expect(settleSubscription(300, 100, [])).toEqual({ to: "CANCELED", remains: 300 });
    expect(settleSubscription(300, 100, [{ status: "CANCELED", quantity: 100, remains: 100 }])).toEqual({ to: "CANCELED", remains: 300 });
  });

  it("a child never counts more than max, nor its remains below zero", () => {
    expect(childDelivered(done(500, -3), 100)).toBe(100);
    expect(childDelivered({ status: "PARTIAL", quantity: 100, remains: 30 }, 100)).toBe(70);
    expect(childDelivered(done(null, null), 100)).toBe(100);
  });

  it("delivered ≤ paid, refund ≤ charge, CANCELED only when nothing was delivered", () => {
    const status = fc.constantFrom<OrderStatus>("COMPLETED", "PARTIAL", "CANCELED", "FORWARD_FAILED");
    const child = fc.record({
      status,
      quantity: fc.option(fc.integer({ min: 0, max: 5_000 }), { nil: null }),
      remains: fc.option(fc.integer({ min: -10, max: 5_000 }), { nil: null }),
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 1, max: 5_000 }),
        fc.array(child, { maxLength: 80 }),
        (posts, max, children) => {
          const quantity = posts * max;
          const settled = settleSubscription(quantity, max, children)!;
          const delivered = children.reduce((sum, one) => sum + childDelivered(one, max), 0);
          expect(quantity - settled.remains).toBeLessThanOrEqual(quantity);
          expect(settled.remains).toBeGreaterThanOrEqual(0);
          if (settled.to === "CANCELED") expect(delivered).toBe(0);
          if (delivered === 0) expect(settled.to).toBe("CANCELED");
          expect(refundOf("99.9999", quantity, settled).lte("99.9999")).toBe(true);
        },
      ),
    );
  });
});
