import { describe, expect, it } from "vitest";
import { classifyErrorText, classifyHttpStatus, parseRetryAfter } from "./classify";

describe("provider error texts", () => {
  it.each([
    ["Invalid API key", "auth", undefined],
    ["Incorrect API key", "auth", undefined],
    ["Your account is suspended", "auth", undefined],
    ["Not enough funds on balance", "funds", undefined],
    ["neworder.error.not_enough_funds", "funds", undefined],
    ["Insufficient balance", "funds", undefined],
    ["Too many requests", "rate_limited", undefined],
    ["You have active order with this link. Please wait until order being completed.", "rejected", "duplicate_link"],
    ["neworder.error.link_duplicate", "rejected", "duplicate_link"],
    ["Incorrect service ID", "rejected", "service_off"],
    ["Service is disabled", "rejected", "service_off"],
    ["Incorrect order ID", "rejected", "incorrect_order"],
    ["Order not found", "rejected", "incorrect_order"],
    ["Quantity less than minimal 10", "rejected", "min_max"],
    ["Quantity more than maximal 5000", "rejected", "min_max"],
    ["neworder.error.min_quantity", "rejected", "min_max"],
    ["neworder.error.max_quantity", "rejected", "min_max"],
    ["Incorrect link", "rejected", "bad_link"],
    ["Please enter a valid URL", "rejected", "bad_link"],
    ["This account is private", "rejected", "bad_link"],
    ["Order not eligible for refill.", "rejected", "other"],
    ["Invalid keywords", "rejected", "other"],
    ["Something odd happened", "rejected", "other"],
  ])("%s → %s/%s", (text, kind, reason) => {
    const found = classifyErrorText(text);
    expect(found.kind).toBe(kind);
    expect(found.reason).toBe(reason ?? (kind === "rejected" ? "other" : undefined));
  });

  it("marks unrecognised texts as not known", () => {
    expect(classifyErrorText("Something odd happened").known).toBe(false);
    expect(classifyErrorText("Incorrect order ID").known).toBe(true);
  });
});

describe("HTTP statuses and Retry-After", () => {
  it("maps statuses to kinds", () => {
    expect([200, 401, 402, 403, 404, 408, 429, 500, 502, 503, 301].map(classifyHttpStatus)).toEqual([
      null,
      "auth",
      "funds",
      "auth",
      "rejected",
      "timeout",
      "rate_limited",
      "server",
      "server",
      "server",
      "protocol",
    ]);
  });

  it("reads seconds and HTTP dates", () => {
    expect(parseRetryAfter("30")).toBe(30_000);
    expect(parseRetryAfter(null)).toBeNull();
    expect(parseRetryAfter("soon")).toBeNull();
    const now = Date.parse("2025-01-01T00:00:00Z");
    expect(parseRetryAfter("Wed, 01 Jan 2025 00:00:05 GMT", now)).toBe(5_000);
  });
});
