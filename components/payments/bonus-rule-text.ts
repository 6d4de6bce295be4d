import { numberFormat } from "@/lib/i18n/format-number";
import { formatMoney } from "@/lib/money/format";

type Translate = (key: "from" | "band", values: Record<string, string>) => string;
type RuleBand = { minAmount: string; maxAmount: string | null; percent: string };

/** "৳1,000.00 or more: +3 % bonus" (or "৳500.00 to ৳999.99: …") in the reader's language and digits; `t` reads payments.bonus. */
export function bonusRuleText(rule: RuleBand, t: Translate, locale: string): string {
  const values = { min: formatMoney(rule.minAmount, "BDT", locale), percent: bonusPercentText(rule.percent, locale) };
  return rule.maxAmount === null ? t("from", values) : t("band", { ...values, max: formatMoney(rule.maxAmount, "BDT", locale) });
}

/** A percent as typed ("3", "2.5") in the reader's digits; Intl formats the decimal text itself, no float. */
export function bonusPercentText(percent: string, locale: string): string {
  return numberFormat(locale, 2).format(percent as unknown as number);
}
