import { describe, expect, it } from "vitest";
import { money } from "@/lib/money/money";
import { mapOrderStatus, mapRefillStatus, mapServiceType } from "@/lib/providers/client";
import { wireOrderStatus, wireRefillStatus } from "@/lib/api-v2/status-words";
import { wireServiceType } from "@/lib/api-v2/type-names";
import { wireAmount } from "./wire";

const ORDER_STATUSES = ["PENDING", "PROCESSING", "IN_PROGRESS", "COMPLETED", "PARTIAL", "CANCELED", "FORWARD_FAILED", "UNCERTAIN"] as const;

describe("the protocol's words, as our own provider client reads them back", () => {
  it("writes every order status as a protocol word our client maps to a known status", () => {
    expect(ORDER_STATUSES.map(wireOrderStatus)).toEqual([
      "Pending",
      "Processing",
      "In progress",
      "Completed",
      "Partial",
      "Canceled",
      "Canceled",
      "Pending",
    ]);
    for (const status of ORDER_STATUSES) expect(mapOrderStatus(wireOrderStatus(status))).not.toBe("unknown");
  });

  it("writes refill request states as refill words our client understands", () => {
    for (const status of ["PENDING", "SENT", "IN_PROGRESS", "COMPLETED", "REJECTED", "FAILED"] as const) {
      expect(mapRefillStatus(wireRefillStatus(status))).not.toBe("unknown");
    }
    expect(wireRefillStatus("FAILED")).toBe("Rejected");
  });

  it("names every service type so that the client maps it back to the same type", () => {
    const types = [
      "DEFAULT",
      "PACKAGE",
      "CUSTOM_COMMENTS",
      "CUSTOM_COMMENTS_PACKAGE",
      "MENTIONS_WITH_HASHTAGS",
      "MENTIONS_CUSTOM_LIST",
      "MENTIONS_HASHTAG",
      "MENTIONS_USER_FOLLOWERS",
      "MENTIONS_MEDIA_LIKERS",
      "COMMENT_LIKES",
      "POLL",
      "SEO",
      "SUBSCRIPTIONS",
    ] as const;
    for (const type of types) expect(mapServiceType(wireServiceType(type))).toBe(type);
  });
});

describe("amounts in the caller's currency", () => {
  it("keeps BDT at its stored 4 places and converts USD at the caller's rate to 7 places, half-up", () => {
    expect(wireAmount(money("152.5"), { currency: "BDT", bdtPerUsd: money(1) })).toBe("152.5000");
    expect(wireAmount(money("1220"), { currency: "USD", bdtPerUsd: money("122") })).toBe("10.0000000");
    expect(wireAmount(money("1"), { currency: "USD", bdtPerUsd: money("3") })).toBe("0.3333333");
    expect(wireAmount(money("2"), { currency: "USD", bdtPerUsd: money("3") })).toBe("0.6666667");
  });
});
