"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { useFormFailure } from "@/components/forms/use-form-failure";
import { useZodForm } from "@/components/forms/use-zod-form";
import { BALANCE_QUERY_KEY } from "@/components/shell/balance-chip";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/form-controls";
import { Notice } from "@/components/ui/notice";
import { requestPayoutAction } from "@/lib/actions/user/affiliates";
import { PAYOUT_METHODS, requestPayoutSchema } from "@/lib/affiliates/schemas";
import { formatAmount } from "@/lib/i18n/format-number";
import { money } from "@/lib/money/money";

type Payout = z.output<typeof requestPayoutSchema>;

/** A payout of affiliate earnings: checked, restated with what is left, confirmed, then applied once. */
export function PayoutForm({ available, minPayout }: { available: string; minPayout: string }) {
  const t = useTranslations("affiliates");
  const locale = useLocale();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [review, setReview] = useState<Payout | null>(null);
  const [busy, setBusy] = useState(false);
  const fresh = () => ({ payoutId: crypto.randomUUID(), amount: "", method: "BALANCE" as const, accountNumber: "" });
  const form = useZodForm(requestPayoutSchema, { defaultValues: fresh() });
  const failure = useFormFailure(form, ["amount", "method", "accountNumber"]);
  const method = useWatch({ control: form.control, name: "method" });
  const { errors, isSubmitting } = form.formState;
  const amount = (value: string) => formatAmount(value, locale);
  const methodName = (name: string) => t(`payouts.methods.${name as Payout["method"]}`);

  if (money(available).lt(minPayout)) {
    return <p className="text-sm text-slate-600">{t("form.tooLittle", { min: amount(minPayout) })}</p>;
  }

  const onSubmit = form.handleSubmit((values) => {
    failure.clear();
    setReview(values);
  });

  const apply = async (values: Payout) => {
    setBusy(true);
    const result = await requestPayoutAction({ ...values, accountNumber: values.accountNumber ?? undefined });
    setBusy(false);
    setReview(null);
    if (!result.success) return failure.report(result);
    form.reset(fresh());
    const done = result.data.status === "PAID" ? "form.doneBalance" : "form.doneWithdrawal";
    toast.success(t(done, { amount: amount(values.amount) }));
    await queryClient.invalidateQueries({ queryKey: BALANCE_QUERY_KEY });
    router.refresh();
  };

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="payout-form">
      <p className="text-sm text-slate-600">{t("form.lead", { available: amount(available), min: amount(minPayout) })}</p>
      {failure.banner ? <Notice tone="error">{failure.banner}</Notice> : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <Field
          label={t("form.amount")}
          inputMode="decimal"
          autoComplete="off"
          error={errors.amount?.message}
          {...form.register("amount")}
        />
        <SelectField id="payout-method" label={t("form.method")} error={errors.method?.message} {...form.register("method")}>
          {PAYOUT_METHODS.map((name) => (
            <option key={name} value={name}>
              {methodName(name)}
            </option>
          ))}
        </SelectField>
        {method !== "BALANCE" ? (
          <Field
            label={t("form.number", { method: methodName(method) })}
            inputMode="tel"
            autoComplete="tel"
            hint={t("form.numberHint")}
            error={errors.accountNumber?.message}
            {...form.register("accountNumber")}
          />
        ) : null}
      </div>
      <Button type="submit" disabled={isSubmitting || busy}>
        {t("form.submit")}
      </Button>
      {review ? (
        <ConfirmDialog
          open
          title={t("form.confirmTitle", { amount: amount(review.amount) })}
          description={
            review.method === "BALANCE"
              ? t("form.confirmBalance", { amount: amount(review.amount) })
              : t("form.confirmWithdrawal", { amount: amount(review.amount), method: methodName(review.method) })
          }
          facts={[
            { label: t("form.factAmount"), value: amount(review.amount), testId: "confirm-amount" },
            { label: t("form.factTo"), value: [methodName(review.method), review.accountNumber].filter(Boolean).join(" · ") },
            { label: t("form.factLeft"), value: amount(money(available).minus(review.amount).toFixed(4)), testId: "confirm-left" },
          ]}
          confirmLabel={t("form.confirm", { amount: amount(review.amount) })}
          busy={busy}
          onConfirm={() => apply(review)}
          onCancel={() => setReview(null)}
        />
      ) : null}
    </form>
  );
}
