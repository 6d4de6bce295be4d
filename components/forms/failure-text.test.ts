import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/lib/i18n/messages";
import type { Problem } from "@/lib/errors/app-error";
import { failureBanner, problemText, type Translator } from "./failure-text";

function translator(locale: "en" | "bn"): Translator {
  const translate = createTranslator({ locale, messages: MESSAGES[locale] });
  const t = ((key: string, values?: Record<string, string | number>) => translate(key as never, values as never)) as Translator;
  t.has = (key) => translate.has(key as never);
  return t;
}

const en = translator("en");
const quantityTooLow: Problem = {
  code: "validation_failed",
  message: "quantity: too low",
  details: { issues: [{ field: "quantity", key: "validation.positive" }] },
};

describe("failureBanner", () => {
  it("says fields need attention while a marked field is still invalid", () => {
    expect(failureBanner(quantityTooLow, en, ["quantity"], () => true)).toBe(en("errors.validation_failed"));
  });

  it("goes away as soon as the marked fields are valid again", () => {
    expect(failureBanner(quantityTooLow, en, ["quantity"], () => false)).toBeNull();
  });

  it("spells out a rule about a field the form does not show, with its name and never its code", () => {
    const text = failureBanner(quantityTooLow, en, [], () => false);
    expect(text).toBe(problemText(quantityTooLow, en));
    expect(text).not.toContain("quantity:");
    expect(text).not.toContain("validation.");
  });

  it("keeps a coded refusal's own sentence while its field is wrong, and clears when it is fixed", () => {
    const taken: Problem = { code: "trx_id_used", message: "taken", details: { fields: { trxId: ["taken"] } } };
    expect(failureBanner(taken, en, ["trxId"], () => true)).toBe(en("errors.trx_id_used"));
    expect(failureBanner(taken, en, ["trxId"], () => false)).toBeNull();
  });

  it("is the code's text for a refusal about no field", () => {
    const problem: Problem = { code: "forbidden", message: "no" };
    expect(failureBanner(problem, en, [], () => false)).toBe(en("errors.forbidden"));
  });

  it("speaks Bengali to a Bengali reader", () => {
    const bn = translator("bn");
    expect(failureBanner(quantityTooLow, bn, ["quantity"], () => true)).toBe(bn("errors.validation_failed"));
    expect(failureBanner(quantityTooLow, bn, ["quantity"], () => true)).not.toMatch(/[A-Za-z]/);
  });
});
