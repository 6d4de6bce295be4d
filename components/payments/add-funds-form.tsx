"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { PaymentMethodName } from "@/lib/settings/definitions";
import { ManualPaymentForm } from "./manual-payment-form";
import { OnlinePaymentForm } from "./online-payment-form";

export type AddFundsOptions = {
  methods: PaymentMethodName[];
  minAmount: string;
  maxAmount: string;
  bkashNumber: string;
  nagadNumber: string;
  manualInstructions: string;
};

/** Pick a method, then the form for it (online gateways, or a manual transfer with its TrxID). */
export function AddFundsForm({ options }: { options: AddFundsOptions }) {
  const t = useTranslations("payments");
  const [method, setMethod] = useState<PaymentMethodName>(options.methods[0]);
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
      {method === "SSLCOMMERZ" || method === "SANDBOX" ? (
        <OnlinePaymentForm key={method} method={method} />
      ) : (
        <ManualPaymentForm
          key={method}
          method={method}
          receivingNumber={method === "BKASH_MANUAL" ? options.bkashNumber : options.nagadNumber}
          instructions={options.manualInstructions}
        />
      )}
    </div>
  );
}
