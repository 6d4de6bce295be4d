import { describe, expect, it } from "vitest";
import { mapServiceType } from "./type-names";
import { mapOrderStatus, mapRefillStatus } from "./map-status";

describe("order status mapping", () => {
  it.each([
    [["Pending", "pending", "PENDING", " pending "], "pending"],
    [["Processing", "processing"], "processing"],
    [["In progress", "in progress", "In Progress", "in_progress", "IN_PROGRESS", "Inprogress", "inprogress", "in-progress"], "in_progress"],
    [["Completed", "completed", "Complete"], "completed"],
    [["Partial", "partial", "Partially completed"], "partial"],
    [["Canceled", "Cancelled", "canceled", "Refunded"], "canceled"],
    [["Fail", "Failed", "Error", "error"], "failed"],
    [["Active"], "active"],
    [["Paused"], "paused"],
    [["Expired"], "expired"],
    [["Shipped", "", "constructor", "__proto__", "toString"], "unknown"],
  ])("%j → %s", (spellings, expected) => {
    for (const spelling of spellings) expect(mapOrderStatus(spelling)).toBe(expected);
  });
});

describe("refill status mapping", () => {
  it.each([
    [["Completed", "complete"], "completed"],
    [["Rejected", "rejected"], "rejected"],
    [["Pending"], "pending"],
    [["In progress", "in_progress", "Inprogress", "Processing"], "in_progress"],
    [["Canceled", "Failed"], "rejected"],
    [["Whatever"], "unknown"],
  ])("%j → %s", (spellings, expected) => {
    for (const spelling of spellings) expect(mapRefillStatus(spelling)).toBe(expected);
  });
});

describe("service type mapping", () => {
  it("maps provider type text tolerantly, unknown or missing to DEFAULT", () => {
    expect(mapServiceType("Default")).toBe("DEFAULT");
    expect(mapServiceType("Package")).toBe("PACKAGE");
    expect(mapServiceType("Custom Comments")).toBe("CUSTOM_COMMENTS");
    expect(mapServiceType("Custom Comments Package")).toBe("CUSTOM_COMMENTS_PACKAGE");
    expect(mapServiceType("Mentions with Hashtags")).toBe("MENTIONS_WITH_HASHTAGS");
    expect(mapServiceType("Mentions Custom List")).toBe("MENTIONS_CUSTOM_LIST");
    expect(mapServiceType("Mentions Hashtag")).toBe("MENTIONS_HASHTAG");
    expect(mapServiceType("Mentions User Followers")).toBe("MENTIONS_USER_FOLLOWERS");
    expect(mapServiceType("Mentions Media Likers")).toBe("MENTIONS_MEDIA_LIKERS");
    expect(mapServiceType("Comment Likes")).toBe("COMMENT_LIKES");
    expect(mapServiceType("Poll")).toBe("POLL");
    expect(mapServiceType("SEO")).toBe("SEO");
    expect(mapServiceType("Subscriptions")).toBe("SUBSCRIPTIONS");
    expect(mapServiceType("custom_comments")).toBe("CUSTOM_COMMENTS");
    expect(mapServiceType("Drip-feed")).toBe("DEFAULT");
    expect(mapServiceType(undefined)).toBe("DEFAULT");
    expect(mapServiceType(3)).toBe("DEFAULT");
  });
});
