import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { displayAmount } from "@/components/orders/display-amount";
import { numberFormat } from "@/lib/i18n/format-number";
import { MESSAGES } from "@/lib/i18n/messages";
import { historySentence } from "./history-sentence";

const at = new Date(Date.UTC(2026, 11, 1));
const sentences = (locale: "en" | "bn", currency: "BDT" | "USD" = "BDT") => {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "customerPages.history" });
  const numbers = numberFormat(locale, 0);
  const format = {
    count: (value: number) => numbers.format(value),
    amount: (amountBdt: string) => displayAmount(amountBdt, { currency, bdtPerUsd: "125" }, locale),
  };
  return (step: Parameters<typeof historySentence>[0]) => historySentence(step, t as never, format);
};

describe("historySentence", () => {
  it("says what happened in the customer's words, counts and refund included", () => {
    const say = sentences("en");
    expect(say({ at, step: "partial", delivered: 700, quantity: 1000, refunded: "12.5000" })).toBe(
      "Partially delivered: 700 of 1,000; ৳12.50 refunded",
    );
    expect(say({ at, step: "sent" })).toBe("Sent to the provider");
    expect(say({ at, step: "inProgress", startCount: 1200 })).toBe("In progress, starting from 1,200");
    expect(say({ at, step: "completed", delivered: 1000, quantity: 1000 })).toBe("Completed: all 1,000 delivered");
    expect(say({ at, step: "canceled", refunded: "0.0000" })).toBe("Canceled");
    expect(say({ at, step: "refill", outcome: "rejected" })).toBe("Refill request declined");
  });

  it("shows the refund in the reader's currency and Bengali digits in Bengali", () => {
    expect(sentences("en", "USD")({ at, step: "failed", refunded: "250.0000" })).toBe(
      "The provider could not take this order; $2.00 refunded",
    );
    const bn = sentences("bn")({ at, step: "partial", delivered: 700, quantity: 1000, refunded: "12.5000" });
    expect(bn).toMatch(/^আংশিক পৌঁছেছে: ১,০০০-এর মধ্যে ৭০০; ৳১২\.৫০ ফেরত দেওয়া হয়েছে$/);
  });
});
