"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { useFormFailure } from "@/components/forms/use-form-failure";
import { useZodForm } from "@/components/forms/use-zod-form";
import { adjustBalanceAction } from "@/lib/actions/admin/users";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { formatAmount } from "@/lib/i18n/format-number";
import { balanceAfter } from "@/lib/wallet/balance-after";
import { adjustBalanceSchema } from "@/lib/wallet/schemas";
import type { z } from "zod";

type Adjustment = z.output<typeof adjustBalanceSchema>;

/** An admin's credit or debit: checked, restated with the balance it leaves, confirmed, then applied once. */
export function AdjustBalanceForm({ userId, email, balance }: { userId: string; email: string; balance: string }) {
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const [review, setReview] = useState<Adjustment | null>(null);
  const [busy, setBusy] = useState(false);
  const fresh = () => ({ userId, adjustmentId: crypto.randomUUID(), direction: "credit" as const, amount: "", reason: "" });
  const form = useZodForm(adjustBalanceSchema, { defaultValues: fresh() });
  const failure = useFormFailure(form, ["direction", "amount", "reason"]);
  const { errors, isSubmitting } = form.formState;
  const amount = (value: string) => formatAmount(value, locale);

  const onSubmit = form.handleSubmit((values) => {
    failure.clear();
    setReview(values);
  });

  const apply = async (values: Adjustment) => {
    setBusy(true);
    const result = await adjustBalanceAction(values);
    setBusy(false);
    setReview(null);
    if (!result.success) return failure.report(result);
    // A new id for the next adjustment; a double submit of this one was applied once.
    form.reset(fresh());
    toast.success(
      t(`feedback.adjust.done.${values.direction}`, { amount: amount(values.amount), email, balance: amount(result.data.balance) }),
    );
    router.refresh();
  };

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {failure.banner ? <Notice tone="error">{failure.banner}</Notice> : null}
      <fieldset className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
        <legend className="sr-only">{t("adjust.direction")}</legend>
        <label className="flex items-center gap-2">
          <input type="radio" value="credit" {...form.register("direction")} /> {t("adjust.credit")}
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" value="debit" {...form.register("direction")} /> {t("adjust.debit")}
        </label>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("adjust.amount")} inputMode="decimal" error={errors.amount?.message} {...form.register("amount")} />
        <Field label={t("adjust.reason")} error={errors.reason?.message} {...form.register("reason")} />
      </div>
      <Button type="submit" disabled={isSubmitting || busy}>
        {t("adjust.submit")}
      </Button>
      {review ? (
        <ConfirmDialog
          open
          title={t(`feedback.adjust.title.${review.direction}`, { amount: amount(review.amount), email })}
          description={t("feedback.adjust.body", { reason: review.reason })}
          facts={[
            { label: t("feedback.adjust.amount"), value: amount(review.amount), testId: "confirm-amount" },
            {
              label: t("feedback.adjust.newBalance"),
              value: amount(balanceAfter(balance, review.direction, review.amount)),
              testId: "confirm-new-balance",
            },
          ]}
          confirmLabel={t(`feedback.adjust.confirm.${review.direction}`, { amount: amount(review.amount) })}
          tone={review.direction === "debit" ? "danger" : "primary"}
          busy={busy}
          onConfirm={() => apply(review)}
          onCancel={() => setReview(null)}
        />
      ) : null}
    </form>
  );
}
