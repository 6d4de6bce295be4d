import { describe, expect, it } from "vitest";
import { translatorFor } from "@/lib/i18n/server-translator";
import { catalogService } from "@/tests/catalog-service";
import type { Translator } from "@/components/forms/failure-text";
import type { CatalogService } from "./catalog-types";
import { checkOrder } from "./order-check";
import { quoteOrder } from "./order-quote";

const service = (overrides: Partial<CatalogService> = {}) =>
  catalogService({ id: 9, name: "Auto likes", type: "SUBSCRIPTIONS", dripfeed: false, ...overrides });
const t: Translator = translatorFor("en");

describe("the live price of subscriptions and drip-feed", () => {
  it("prices a subscription as posts × max before the username or options are typed, and says how", () => {
    const quote = quoteOrder(service(), { min: "100", max: "300", posts: "7", expiry: "2030-02-3" }, "100000");
    expect(quote.charge?.toFixed(4)).toBe("25.9260"); // 12.3457 × 2,100 / 1,000 = 25.92597
    expect(quote).toMatchObject({ total: 2100, breakdown: { kind: "posts", posts: 7, max: 300 }, outOfRange: false });
    expect(quoteOrder(service(), { min: "100", max: "6000", posts: "1" }, "100000")).toMatchObject({ outOfRange: true });
  });

  it("says runs × per run = total for a drip-feed", () => {
    const quote = quoteOrder(service({ type: "DEFAULT", dripfeed: true }), { quantity: "250", runs: "4", interval: "15" }, "100000");
    expect(quote).toMatchObject({ total: 1000, breakdown: { kind: "runs", runs: 4, perRun: 250 } });
  });

  it("checks a subscription without a link, marking each field", () => {
    const values = { link: "", username: "yourpage", min: "10", max: "20", posts: "2", delay: "90", expiry: "2030-12-31" };
    expect(checkOrder(values, service(), t, "en")).toMatchObject({
      input: { serviceId: 9, username: "yourpage", min: 10, max: 20, posts: 2, delay: 90, expiry: "2030-12-31" },
    });
    expect(checkOrder({ ...values, delay: "20", posts: "" }, service(), t, "en").errors).toMatchObject({ delay: expect.any(String) });
    expect(checkOrder({ ...values, posts: undefined }, service(), t, "en").errors).toEqual({
      posts: "is required: a subscription is paid up front for this many new posts",
    });
  });
});
