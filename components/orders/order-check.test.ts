import { describe, expect, it } from "vitest";
import { translatorFor } from "@/lib/i18n/server-translator";
import { catalogService } from "@/tests/catalog-service";
import type { Translator } from "@/components/forms/failure-text";
import { checkOrder } from "./order-check";

const translator = (locale: "en" | "bn"): Translator => translatorFor(locale);
const service = catalogService();
const link = "https://instagram.com/yourpage";

describe("the order form's own check", () => {
  it("passes what the server would accept", () => {
    expect(checkOrder({ link, quantity: "100" }, service, translator("en"), "en")).toEqual({
      input: { serviceId: 7, link, quantity: 100 },
      errors: null,
    });
  });

  it("marks an amount outside the service's range on the amount, with the range in the reader's digits", () => {
    for (const quantity of ["5", "6000", "0", "1.5", "abc"]) {
      expect(checkOrder({ link, quantity }, service, translator("en"), "en").errors).toEqual({
        quantity: "Enter a whole number from 10 to 5,000",
      });
    }
    expect(checkOrder({ link, quantity: "5" }, service, translator("bn"), "bn").errors).toEqual({
      quantity: "১০ থেকে ৫,০০০-এর মধ্যে একটি পূর্ণসংখ্যা লিখুন",
    });
  });

  it("puts every refusal on its own field, never a raw field name", () => {
    const { errors } = checkOrder({ link: "not a link" }, service, translator("en"), "en");
    expect(errors).toEqual({ link: expect.stringContaining("https://instagram.com/yourpage") });
    expect(checkOrder({ link, quantity: "100", runs: "3" }, service, translator("en"), "en").errors).toEqual({
      interval: "drip-feed needs both runs and interval",
    });
    expect(checkOrder({ link, quantity: "2000", runs: "3", interval: "5" }, service, translator("en"), "en").errors).toEqual({
      quantity: "Each run must be at least 10, and the total (quantity × runs) at most 5,000",
    });
    expect(checkOrder({ link, quantity: "100" }, undefined, translator("bn"), "bn").errors).toEqual({
      serviceId: "তালিকা থেকে একটি সার্ভিস বেছে নিন",
    });
  });
});
