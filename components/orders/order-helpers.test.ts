import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/lib/i18n/messages";
import type { CatalogService } from "./catalog-types";
import { failureFields, translateOrderMessage, type Translate } from "./order-messages";
import { quoteOrder } from "./order-quote";

const service = (overrides: Partial<CatalogService> = {}): CatalogService => ({
  id: 7,
  name: "Followers",
  description: null,
  type: "DEFAULT",
  rate: "12.3457",
  min: 10,
  max: 5000,
  refill: false,
  refillDays: null,
  cancel: false,
  dripfeed: true,
  ...overrides,
});

describe("the live price", () => {
  it("is the server's charge: rate × units / 1,000, half-up to 4 places", () => {
    const quote = quoteOrder(service(), { quantity: "333" }, "100");
    expect(quote.charge?.toFixed(4)).toBe("4.1111");
    expect(quote).toMatchObject({ total: 333, outOfRange: false, overBalance: false });
  });

  it("still prices an amount outside min/max, and warns", () => {
    expect(quoteOrder(service(), { quantity: "5" }, "100")).toMatchObject({ total: 5, outOfRange: true });
    expect(quoteOrder(service(), { quantity: "2000", runs: "3", interval: "10" }, "1000")).toMatchObject({
      total: 6000,
      runs: 3,
      outOfRange: true,
    });
  });

  it("warns when the price is above the balance", () => {
    expect(quoteOrder(service(), { quantity: "5000" }, "61.72")).toMatchObject({ overBalance: true });
  });

  it("counts comment lines and charges a package once", () => {
    expect(quoteOrder(service({ type: "CUSTOM_COMMENTS" }), { comments: "nice\n\n great \nwow" }, "100").total).toBe(3);
    expect(quoteOrder(service({ type: "PACKAGE", rate: "99.5" }), {}, "100").charge?.toFixed(4)).toBe("99.5000");
  });

  it("prices as soon as the amount is known, before fields that do not count are typed", () => {
    expect(quoteOrder(service({ type: "SEO" }), { quantity: "1000", keywords: "" }, "100").charge?.toFixed(4)).toBe("12.3457");
    expect(quoteOrder(service({ type: "MENTIONS_CUSTOM_LIST" }), { usernames: "" }, "100").charge).toBeNull();
  });

  it("shows no price while fields are missing", () => {
    expect(quoteOrder(service(), {}, "100").charge).toBeNull();
    expect(quoteOrder(service({ type: "SUBSCRIPTIONS" }), { quantity: "100" }, "100").charge).toBeNull();
  });
});

describe("server messages", () => {
  const bengali = createTranslator({ locale: "bn", messages: MESSAGES.bn });
  const t: Translate = (key, values) => bengali(key as never, values as never);
  const has = (key: string) => bengali.has(key as never);

  it("are given in the reader's language when known, and as sent otherwise", () => {
    expect(translateOrderMessage("quantity: must be between 10 and 5000", t, has)).toBe("পরিমাণ: 10 থেকে 5000-এর মধ্যে হতে হবে");
    expect(translateOrderMessage("missing link (write: service_id | link | quantity)", t, has)).toContain("লিংক");
    expect(translateOrderMessage("something new", t, has)).toBe("something new");
  });

  it("name their field from details or from the message", () => {
    expect(
      failureFields({
        success: false,
        error: { code: "validation_failed", message: "link: x", details: { fields: { link: ["must be a full link"] } } },
      }),
    ).toEqual({ link: "must be a full link" });
    expect(failureFields({ success: false, error: { code: "x", message: "quantity: is required" } })).toEqual({ quantity: "is required" });
  });
});
