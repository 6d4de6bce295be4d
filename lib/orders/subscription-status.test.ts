import { describe, expect, it } from "vitest";
import { mapOrderStatus } from "@/lib/providers/client";
import { nextSubscriptionStatus, subscriptionStatusFrom } from "./subscription-status";

describe("subscription status words", () => {
  it("maps the words in any case and spacing", () => {
    const cases: [string, ReturnType<typeof subscriptionStatusFrom>][] = [
      ["Active", "ACTIVE"],
      [" active ", "ACTIVE"],
      ["In progress", "ACTIVE"],
      ["PAUSED", "PAUSED"],
      ["Completed", "COMPLETED"],
      ["Expired", "EXPIRED"],
      ["expired ", "EXPIRED"],
      ["Cancelled", "CANCELED"],
      ["Canceled", "CANCELED"],
      ["On hold", null],
    ];
    for (const [raw, ours] of cases) expect(subscriptionStatusFrom(mapOrderStatus(raw)), raw).toBe(ours);
  });

  it("moves forward only: paused and active alternate, an ended one stays ended", () => {
    expect(nextSubscriptionStatus(null, "ACTIVE")).toBe("ACTIVE");
    expect(nextSubscriptionStatus("ACTIVE", "PAUSED")).toBe("PAUSED");
    expect(nextSubscriptionStatus("PAUSED", "ACTIVE")).toBe("ACTIVE");
    expect(nextSubscriptionStatus("ACTIVE", "ACTIVE")).toBeNull();
    expect(nextSubscriptionStatus("EXPIRED", "ACTIVE")).toBeNull();
    expect(nextSubscriptionStatus("CANCELED", "EXPIRED")).toBeNull();
    expect(nextSubscriptionStatus("ACTIVE", null)).toBeNull();
  });
});
