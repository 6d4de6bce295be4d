import { describe, expect, it } from "vitest";
import { money } from "@/lib/money/money";
import { formatCharge } from "./amounts";
import { drawOutcome, orderProgress, refillProgress } from "./progress";

describe("demo order rules", () => {
  it("draws about 80 % completed, 12 % partial and 8 % canceled, the same way every time", () => {
    const counts = { completed: 0, partial: 0, canceled: 0 };
    for (let id = 1; id <= 10_000; id += 1) {
      const { outcome, finalRemains } = drawOutcome(id, 1000);
      counts[outcome] += 1;
      if (outcome === "partial") {
        expect(finalRemains).toBeGreaterThanOrEqual(1);
        expect(finalRemains).toBeLessThanOrEqual(999);
      }
      if (outcome === "canceled") expect(finalRemains).toBe(1000);
      expect(drawOutcome(id, 1000)).toEqual({ outcome, finalRemains });
    }
    expect(counts.completed / 10_000).toBeCloseTo(0.8, 1);
    expect(counts.partial / 10_000).toBeCloseTo(0.12, 1);
    expect(counts.canceled / 10_000).toBeCloseTo(0.08, 1);
  });

  it("never draws partial for one unit or a subscription", () => {
    expect(drawOutcome(1, 1, "partial")).toEqual({ outcome: "completed", finalRemains: 0 });
    expect(drawOutcome(1, 500, "partial", true)).toEqual({ outcome: "completed", finalRemains: 0 });
  });

  it("bills a partial order for what it delivered, never more than the charge", () => {
    const createdAt = new Date(0);
    const order = {
      quantity: 3,
      charge: "1.0000000",
      outcome: "partial",
      durationMs: 100,
      finalRemains: 1,
      createdAt,
      cancelRequestedAt: null,
    };
    const progress = orderProgress(order, new Date(100));
    expect(progress).toMatchObject({ status: "Partial", remains: 1, finished: true });
    expect(progress.charge.toFixed(7)).toBe("0.6666666");
    expect(progress.refund.toFixed(7)).toBe("0.3333334");
    expect(progress.charge.plus(progress.refund).toFixed(7)).toBe("1.0000000");
  });

  it("is final at once with a zero duration", () => {
    const order = {
      quantity: 10,
      charge: "1",
      outcome: "completed",
      durationMs: 0,
      finalRemains: 0,
      createdAt: new Date(0),
      cancelRequestedAt: null,
    };
    expect(orderProgress(order, new Date(0))).toMatchObject({ status: "Completed", remains: 0 });
    expect(refillProgress(new Date(0), 0, new Date(0))).toBe("Completed");
  });

  it("shows charges with 5 to 7 decimals", () => {
    expect(formatCharge(money("0.27819"))).toBe("0.27819");
    expect(formatCharge(money("1.25"))).toBe("1.25000");
    expect(formatCharge(money("0.000045"))).toBe("0.000045");
    expect(formatCharge(money("0.00000451"))).toBe("0.0000045");
  });
});
