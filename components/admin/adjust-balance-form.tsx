"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { failureMessage, useZodForm } from "@/components/forms/use-zod-form";
import { adjustBalanceAction } from "@/lib/actions/admin/users";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { adjustBalanceSchema } from "@/lib/wallet/schemas";

export function AdjustBalanceForm({ userId }: { userId: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [state, setState] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const fresh = () => ({ userId, adjustmentId: crypto.randomUUID(), direction: "credit" as const, amount: "", reason: "" });
  const form = useZodForm(adjustBalanceSchema, { defaultValues: fresh() });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setState(null);
    const result = await adjustBalanceAction(values);
    if (!result.success) return setState({ tone: "error", text: failureMessage(result, t) });
    // A new id for the next adjustment; a double submit of this one was applied once.
    form.reset(fresh());
    setState({ tone: "success", text: t("adjust.done") });
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {state ? <Notice tone={state.tone}>{state.text}</Notice> : null}
      <fieldset className="flex gap-4 text-sm">
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
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("common.working") : t("adjust.submit")}
      </Button>
    </form>
  );
}
