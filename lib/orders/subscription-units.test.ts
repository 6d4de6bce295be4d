import { describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors/app-error";
import { orderUnits } from "./order-units";
import { providerAddParams } from "./provider-add-params";
import { orderInputSchema } from "./schemas";
import { expiryEnd, parseExpiryDay } from "./subscription-expiry";

const service = { id: 5, type: "SUBSCRIPTIONS" as const, min: 10, max: 1000, dripfeed: false };
const base = { serviceId: 5, username: "yourpage", min: 50, max: 100, posts: 20 };

/** The field and rule a refusal names, from the schema or from orderUnits. */
function refusal(raw: Record<string, unknown>, options: { mass?: boolean } = {}) {
  const parsed = orderInputSchema.safeParse(raw);
  if (!parsed.success) return { field: String(parsed.error.issues[0].path[0]), key: parsed.error.issues[0].message };
  try {
    orderUnits(service, parsed.data, options);
  } catch (error) {
    if (!isAppError(error)) throw error;
    const [issue] = error.details!.issues as { field: string; key: string }[];
    return { field: issue.field, key: issue.key };
  }
  return null;
}

describe("a subscription's fields", () => {
  it("prices posts × max, stores the username as the target and the fields as params", () => {
    const input = orderInputSchema.parse({ ...base, username: "@yourpage", oldPosts: 3, delay: 90, expiry: "2030-12-31" });
    expect(orderUnits(service, input)).toEqual({
      units: 2000,
      perPackage: false,
      target: "yourpage",
      params: { username: "yourpage", min: 50, max: 100, posts: 20, oldPosts: 3, delay: 90, expiry: "31/12/2030" },
      dripfeed: null,
    });
  });

  it("refuses bad input naming the field", () => {
    expect(refusal({ ...base, posts: undefined })).toEqual({ field: "posts", key: "validation.order.postsRequired" });
    expect(refusal({ ...base, min: 200, max: 100 })).toEqual({ field: "min", key: "validation.order.minAboveMax" });
    expect(refusal({ ...base, max: 1001 })).toEqual({ field: "max", key: "validation.order.subscriptionRange" });
    expect(refusal({ ...base, min: 5 })).toEqual({ field: "min", key: "validation.order.subscriptionRange" });
    expect(refusal({ ...base, delay: 20 })).toEqual({ field: "delay", key: "validation.order.delay" });
    expect(refusal({ ...base, expiry: "30/02/2030" })).toEqual({ field: "expiry", key: "validation.order.expiryDate" });
    expect(refusal({ ...base, username: "bad\u0000name" })).toEqual({ field: "username", key: "validation.order.username" });
    expect(refusal({ ...base, username: "https://instagram.com/x" })).toEqual({ field: "username", key: "validation.order.username" });
    expect(refusal({ ...base, username: "a".repeat(65) })).toEqual({ field: "username", key: "validation.order.username" });
    expect(refusal({ ...base, username: undefined })).toEqual({ field: "username", key: "validation.order.requiredForService" });
    expect(refusal({ ...base, max: 1000, posts: 10_000 })).toBeNull();
    expect(refusal({ ...base, runs: 2, interval: 5 })).toEqual({ field: "runs", key: "validation.order.noDripfeed" });
  });

  it("stays out of mass orders, naming the service", () => {
    expect(refusal({ ...base, link: "https://x.test/p" }, { mass: true })).toEqual({
      field: "serviceId",
      key: "validation.order.subscriptionNotInMass",
    });
  });

  it("is forwarded with the protocol's fields", () => {
    const input = orderInputSchema.parse({ ...base, oldPosts: 0, delay: 0, expiry: "5/1/2031" });
    const { units, params, target } = orderUnits(service, input);
    expect(providerAddParams("SUBSCRIPTIONS", "77", { link: target, quantity: units, params, runQuantity: null })).toEqual({
      type: "SUBSCRIPTIONS",
      service: "77",
      username: "yourpage",
      min: 50,
      max: 100,
      posts: 20,
      oldPosts: 0,
      delay: 0,
      expiry: "05/01/2031",
    });
  });
});

describe("expiry days", () => {
  it("reads d/m/Y and YYYY-MM-DD, refuses impossible days", () => {
    expect(parseExpiryDay("31/12/2026")).toEqual({ year: 2026, month: 12, day: 31 });
    expect(parseExpiryDay("2028-02-29")).toEqual({ year: 2028, month: 2, day: 29 });
    for (const bad of ["30/02/2027", "2027-02-29", "31/04/2027", "12/31/2027x", "tomorrow", "1/1/1999"])
      expect(parseExpiryDay(bad)).toBeNull();
  });

  it("ends at the last millisecond of that day where the panel is", () => {
    expect(expiryEnd({ year: 2026, month: 12, day: 31 }, "Asia/Dhaka").toISOString()).toBe("2026-12-31T17:59:59.999Z");
    expect(expiryEnd({ year: 2026, month: 7, day: 1 }, "UTC").toISOString()).toBe("2026-07-01T23:59:59.999Z");
  });
});
