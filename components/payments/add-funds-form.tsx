"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { rulesForMethod } from "@/lib/payments/bonus/bonus-rule";
import type { BonusRuleView } from "@/lib/payments/bonus/bonus-rules";
import type { PaymentMethodName } from "@/lib/settings/definitions";
import { bonusRuleText } from "./bonus-rule-text";
import { ManualPaymentForm } from "./manual-payment-form";
import { OnlinePaymentForm } from "./online-payment-form";

export type AddFundsOptions = {
  methods: PaymentMethodName[];
  minAmount: string;
  maxAmount: string;
  bkashNumber: string;
  nagadNumber: string;
  manualInstructions: string;
  /** The active deposit-bonus rules (lib/payments/bonus). */
  bonusRules: BonusRuleView[];
};

/** Pick a method (with the deposit bonuses it can earn), then the form for it (online gateways, or a manual transfer with its TrxID). */
export function AddFundsForm({ options }: { options: AddFundsOptions }) {
  const t = useTranslations("payments");
  const tb = useTranslations("payments.bonus");
  const locale = useLocale();
  const [method, setMethod] = useState<PaymentMethodName>(options.methods[0]);
  const bonusRules = rulesForMethod(method, options.bonusRules);
  return (
    <div className="space-y-6">
      <fieldset className="space-y-2">
        <legend className="mb-2 text-sm font-medium text-slate-700">{t("addFunds.method")}</legend>
        {options.methods.map((name) => (
          <label
            key={name}
            className="flex cursor-pointer items-center gap-3 rounded-md border border-slate-200 px-3 py-2 text-sm has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50"
          >
            <input type="radio" name="method" value={name} checked={method === name} onChange={() => setMethod(name)} />
            {t(`methods.${name}`)}
          </label>
        ))}
      </fieldset>
      {bonusRules.length > 0 ? (
        <section className="rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900" data-testid="bonus-offers">
          <h2 className="font-medium">{t("bonus.offers")}</h2>
          <ul className="mt-1 list-inside list-disc">
            {bonusRules.map((rule) => (
              <li key={rule.id}>{bonusRuleText(rule, tb, locale)}</li>
            ))}
          </ul>
          <p className="mt-1 text-xs text-emerald-800">{t("bonus.when")}</p>
        </section>
      ) : null}
      {method === "SSLCOMMERZ" || method === "SANDBOX" ? (
        <OnlinePaymentForm key={method} method={method} bonusRules={bonusRules} />
      ) : (
        <ManualPaymentForm
          key={method}
          method={method}
          receivingNumber={method === "BKASH_MANUAL" ? options.bkashNumber : options.nagadNumber}
          instructions={options.manualInstructions}
          bonusRules={bonusRules}
        />
      )}
    </div>
  );
}
