import { describe, expect, it } from "vitest";
import { mapOrderStatus, type OrderStatus as ProviderOrderStatus } from "@/lib/providers/client";
import { fromProviderStatus } from "./provider-status";
import { canMove } from "./state-machine";

// Every word the parser can produce, and what an order here becomes.
const EXPECTED: Record<ProviderOrderStatus, ReturnType<typeof fromProviderStatus>> = {
  pending: "PROCESSING", // accepted by the provider, not started
  processing: "PROCESSING",
  in_progress: "IN_PROGRESS",
  active: "IN_PROGRESS",
  paused: "IN_PROGRESS",
  completed: "COMPLETED",
  expired: "COMPLETED",
  partial: "PARTIAL",
  canceled: "CANCELED",
  failed: "CANCELED",
  unknown: null,
};

describe("provider status → order status", () => {
  it.each(Object.entries(EXPECTED))("%s → %s", (word, ours) => {
    expect(fromProviderStatus(word as ProviderOrderStatus)).toBe(ours);
  });

  it("maps the spellings real panels send, end to end from the raw text", () => {
    const cases: [string, ReturnType<typeof fromProviderStatus>][] = [
      ["Pending", "PROCESSING"],
      ["In progress", "IN_PROGRESS"],
      ["in_progress", "IN_PROGRESS"],
      ["INPROGRESS", "IN_PROGRESS"],
      ["Completed", "COMPLETED"],
      ["Partial", "PARTIAL"],
      ["Partially Completed", "PARTIAL"],
      ["Canceled", "CANCELED"],
      ["Cancelled", "CANCELED"],
      ["Refunded", "CANCELED"],
      ["Fail", "CANCELED"],
      ["Processing ", "PROCESSING"],
      ["On hold", null],
      ["", null],
    ];
    for (const [raw, ours] of cases) expect(fromProviderStatus(mapOrderStatus(raw)), raw).toBe(ours);
  });

  it("every status a provider can report is reachable from the open states the sync asks about", () => {
    for (const ours of Object.values(EXPECTED)) {
      if (ours === null || ours === "PROCESSING") continue;
      expect(canMove("PROCESSING", ours), ours).toBe(true);
    }
  });
});
