import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/lib/i18n/messages";
import { bonusRuleText } from "./bonus-rule-text";

const translator = (locale: "en" | "bn") => createTranslator({ locale, messages: MESSAGES[locale], namespace: "payments.bonus" });

describe("bonusRuleText", () => {
  it("reads a rule as its band and percent, in the reader's language and digits", () => {
    expect(bonusRuleText({ minAmount: "1000.00", maxAmount: null, percent: "3" }, translator("en"), "en")).toBe(
      "৳1,000.00 or more: +3 % bonus",
    );
    expect(bonusRuleText({ minAmount: "500.00", maxAmount: "999.99", percent: "2.5" }, translator("en"), "en")).toBe(
      "৳500.00 to ৳999.99: +2.5 % bonus",
    );
    expect(bonusRuleText({ minAmount: "1000.00", maxAmount: null, percent: "3" }, translator("bn"), "bn")).toBe(
      "৳১,০০০.০০ বা তার বেশি: +৩ % বোনাস",
    );
  });
});
