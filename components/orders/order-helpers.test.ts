import { describe, expect, it } from "vitest";
import { translatorFor } from "@/lib/i18n/server-translator";
import { catalogService as service } from "@/tests/catalog-service";
import { problemFields, problemText } from "@/components/forms/failure-text";
import { invalidField, problemOf } from "@/lib/errors/app-error";
import { quoteOrder } from "./order-quote";

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

describe("server refusals", () => {
  const t = translatorFor("bn");

  it("are shown in the reader's language from their rule key, while the API keeps the English", () => {
    const refusal = invalidField("quantity", "validation.order.between", { min: 10, max: 5000 });
    expect(refusal.message).toBe("quantity: must be between 10 and 5000");
    expect(problemText(problemOf(refusal), t)).toBe("পরিমাণ: 10 থেকে 5000-এর মধ্যে হতে হবে");
    expect(problemFields(problemOf(refusal), t)).toEqual({ quantity: "10 থেকে 5000-এর মধ্যে হতে হবে" });
  });

  it("use the code's text when there is no field, and the server's sentence only for an unknown code", () => {
    expect(problemText({ code: "request_open", message: "x", values: { id: 5, kind: "refill" } }, t)).toContain("#5");
    expect(problemText({ code: "something_new", message: "Something new" }, t)).toBe("Something new");
  });
});
