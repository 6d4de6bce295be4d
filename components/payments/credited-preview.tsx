"use client";

import { useLocale, useTranslations } from "next-intl";
import { formatMoney } from "@/lib/money/format";
import { money } from "@/lib/money/money";
import { bonusFor, type BonusRule } from "@/lib/payments/bonus/bonus-rule";
import type { PaymentMethodName } from "@/lib/settings/definitions";
import { bonusPercentText } from "./bonus-rule-text";

type Props = {
  amount: string | number | undefined;
  method: PaymentMethodName;
  /** The active deposit-bonus rules for `method` (lib/payments/bonus): the preview adds the bonus they give. */
  rules?: readonly (BonusRule & { percent: string })[];
};

/**
 * "You will be credited ৳X": what lands in the wallet (no fee is taken), shown before paying, with the
 * deposit bonus the rules give today by the same rule the server applies when it credits.
 */
export function CreditedPreview({ amount, method, rules = [] }: Props) {
  const t = useTranslations("payments");
  const locale = useLocale();
  const text = String(amount ?? "").trim();
  const valid = /^\d{1,12}(\.\d{1,2})?$/.test(text) && money(text).gt(0);
  const match = valid ? bonusFor(method, text, rules) : null;
  const shown = (value: string) => formatMoney(money(value).toFixed(2), "BDT", locale);
  return (
    <p className="text-sm text-slate-700" data-testid="credited-preview">
      {!valid
        ? t("addFunds.creditedNone")
        : match
          ? t("bonus.credited", {
              amount: shown(text),
              bonus: shown(match.bonus.toFixed(2)),
              percent: bonusPercentText(match.rule.percent, locale),
              total: shown(money(text).plus(match.bonus).toFixed(2)),
            })
          : t("addFunds.credited", { amount: shown(text) })}
    </p>
  );
}
