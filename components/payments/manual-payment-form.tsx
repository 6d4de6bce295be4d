"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { submitManualPaymentAction } from "@/lib/actions/user/add-funds";
import { useFormFailure } from "@/components/forms/use-form-failure";
import { useZodForm } from "@/components/forms/use-zod-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { manualPaymentSchema } from "@/lib/payments/schemas";
import type { BonusRuleView } from "@/lib/payments/bonus/bonus-rules";
import { CreditedPreview } from "./credited-preview";

/** A manual bKash/Nagad transfer: the panel's number and instructions, then amount, sender and TrxID. */
export function ManualPaymentForm({
  method,
  receivingNumber,
  instructions,
  bonusRules = [],
}: {
  method: "BKASH_MANUAL" | "NAGAD_MANUAL";
  receivingNumber: string;
  instructions: string;
  bonusRules?: BonusRuleView[];
}) {
  const t = useTranslations();
  const router = useRouter();
  const form = useZodForm(manualPaymentSchema, { defaultValues: { method, amount: "", senderNumber: "", trxId: "" } });
  const failure = useFormFailure(form, ["amount", "senderNumber", "trxId"]);
  const amount = useWatch({ control: form.control, name: "amount" });
  const { errors, isSubmitting } = form.formState;
  const wallet = method === "BKASH_MANUAL" ? "bKash" : "Nagad";

  const onSubmit = form.handleSubmit(async (values) => {
    failure.clear();
    const result = await submitManualPaymentAction(values);
    if (!result.success) return failure.report(result);
    router.push(`/user/payments/${result.data.tranId}`);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="manual-payment-form">
      <div className="rounded-md border border-slate-200 bg-slate-50 p-3 text-sm">
        <p className="text-slate-600">{t("payments.addFunds.sendTo", { method: wallet })}</p>
        <p className="text-lg font-semibold tracking-wide text-slate-900" data-testid="receiving-number">
          {receivingNumber}
        </p>
        <p className="mt-2 whitespace-pre-line text-slate-700">{instructions}</p>
      </div>
      {failure.banner ? <Notice tone="error">{failure.banner}</Notice> : null}
      <Field
        label={t("payments.addFunds.amount")}
        inputMode="decimal"
        autoComplete="off"
        error={errors.amount?.message}
        {...form.register("amount")}
      />
      <CreditedPreview amount={amount} method={method} rules={bonusRules} />
      <Field
        label={t("payments.addFunds.senderNumber", { method: wallet })}
        inputMode="tel"
        autoComplete="tel"
        error={errors.senderNumber?.message}
        {...form.register("senderNumber")}
      />
      <Field
        label={t("payments.addFunds.trxId")}
        autoComplete="off"
        hint={t("payments.addFunds.trxIdHint")}
        error={errors.trxId?.message}
        {...form.register("trxId")}
      />
      <p className="text-xs text-slate-500">{t("payments.addFunds.manualNote")}</p>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("common.working") : t("payments.addFunds.submitManual")}
      </Button>
    </form>
  );
}
