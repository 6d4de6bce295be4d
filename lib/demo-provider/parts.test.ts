import { describe, expect, it } from "vitest";
import { dripfeedProgress, runFacts } from "./dripfeed";
import { slotOf, slotsStarted } from "./schedule";
import { expiryEnd, formatExpiry, postQuantity, subscriptionProgress } from "./subscription";

const base = { charge: "1.0000000", durationMs: 10_000, finalRemains: 0, createdAt: new Date(0), cancelRequestedAt: null };

describe("demo drip-feed and subscription rules", () => {
  it("splits the time after the pending tenth into slots that end exactly at the duration", () => {
    expect(slotOf(10_000, 3, 0)).toEqual({ startMs: 1000, endMs: 4000 });
    expect(slotOf(10_000, 3, 2)).toEqual({ startMs: 7000, endMs: 10_000 });
    expect(slotOf(10_001, 7, 6).endMs).toBe(10_001);
    expect(slotsStarted(10_000, 3, 3, 999)).toBe(0);
    expect(slotsStarted(10_000, 3, 3, 4000)).toBe(2);
    expect(slotsStarted(10_000, 3, 3, 4000, 4000)).toBe(1);
    expect(slotsStarted(0, 5, 5, 0)).toBe(5);
  });

  it("finishes a drip-feed at once with a zero duration, and ends a canceled one with nothing billed", () => {
    const parent = { ...base, quantity: 10, runs: 4, outcome: "completed", durationMs: 0 };
    expect(dripfeedProgress(parent, new Date(0))).toMatchObject({ status: "Completed", remains: 0, runsDone: 4 });
    const failed = { ...base, quantity: 10, runs: 4, outcome: "canceled" };
    const progress = dripfeedProgress(failed, new Date(10_000));
    expect(progress).toMatchObject({ status: "Canceled", remains: 40, runsDone: 4 });
    expect(progress.refund.toFixed(7)).toBe("1.0000000");
    expect(runFacts(failed, 1)).toMatchObject({ outcome: "canceled", finalRemains: 10, quantity: 10 });
  });

  it("reads d/m/Y expiries as real days, ending at the next UTC midnight", () => {
    expect(expiryEnd("31/12/2026")?.toISOString()).toBe("2027-01-01T00:00:00.000Z");
    expect(expiryEnd("29/02/2028")?.toISOString()).toBe("2028-03-01T00:00:00.000Z");
    for (const bad of ["31/02/2027", "29/02/2027", "00/01/2027", "1/13/2027", "2027-01-01", "1/1/27"])
      expect(expiryEnd(bad)).toBeUndefined();
    expect(formatExpiry("1/2/2027")).toBe("01/02/2027");
    expect(formatExpiry(null)).toBeNull();
  });

  it("gives each post between min and max, the same every time", () => {
    for (let k = 0; k < 200; k += 1) {
      const quantity = postQuantity(42, { min: 50, max: 60 }, k);
      expect(quantity).toBeGreaterThanOrEqual(50);
      expect(quantity).toBeLessThanOrEqual(60);
      expect(postQuantity(42, { min: 50, max: 60 }, k)).toBe(quantity);
    }
    expect(postQuantity(7, { min: 80, max: 80 }, 3)).toBe(80);
  });

  it("stops an unlimited subscription at 1000 posts, and never bills a limited one more than it paid", () => {
    const params = { username: "a", min: 50, max: 100, posts: null, old_posts: 0, delay: 0, expiry: null, rate: "0.065" };
    const unlimited = subscriptionProgress({ ...base, id: 1, quantity: 0, outcome: "completed", params }, new Date(3_600_000), 1000);
    expect(unlimited).toMatchObject({ status: "Completed", postsDue: 1000 });
    const limited = { ...base, id: 9, quantity: 200, charge: "0.0130000", outcome: "completed", params: { ...params, posts: 2 } };
    const done = subscriptionProgress(limited, new Date(10_000));
    expect(done.status).toBe("Completed");
    expect(done.charge.lessThanOrEqualTo("0.013")).toBe(true);
    expect(done.charge.plus(done.refund).toFixed(7)).toBe("0.0130000");
  });
});
