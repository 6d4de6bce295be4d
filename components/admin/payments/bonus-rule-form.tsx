"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { useFormFailure } from "@/components/forms/use-form-failure";
import { useZodForm } from "@/components/forms/use-zod-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { saveBonusRuleAction } from "@/lib/actions/admin/deposit-bonuses";
import type { BonusRuleView } from "@/lib/payments/bonus/bonus-rules";
import { BONUS_METHOD_CHOICES, bonusRuleSchema, type BonusRuleInput } from "@/lib/payments/bonus/schemas";

const EMPTY: BonusRuleInput = { method: "EVERY", minAmount: "", maxAmount: "", percent: "", active: true };

/** Adds a deposit-bonus rule, or changes one (untick Active to switch it off; rules are never deleted). */
export function BonusRuleForm({ rule }: { rule?: BonusRuleView }) {
  const t = useTranslations("paymentsAdmin.bonuses");
  const tm = useTranslations("payments.methods");
  const router = useRouter();
  const prefix = rule?.id ?? "new";
  const values: BonusRuleInput = rule
    ? {
        method: rule.method ?? "EVERY",
        minAmount: rule.minAmount,
        maxAmount: rule.maxAmount ?? "",
        percent: rule.percent,
        active: rule.active,
      }
    : EMPTY;
  const form = useZodForm(bonusRuleSchema, { defaultValues: values });
  const failure = useFormFailure(form, ["method", "minAmount", "maxAmount", "percent", "active"]);
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (input) => {
    failure.clear();
    const result = await saveBonusRuleAction({ ...input, id: rule?.id });
    if (!result.success) return failure.report(result);
    form.reset(rule ? input : EMPTY);
    toast.success(t("saved"));
    router.refresh();
  });

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-3"
      aria-label={rule ? undefined : t("add")}
      data-testid={`bonus-rule-${prefix}`}
    >
      {failure.banner ? <Notice tone="error">{failure.banner}</Notice> : null}
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[minmax(12rem,1.5fr)_1fr_1fr_7rem]">
        <div className="space-y-1">
          <label htmlFor={`${prefix}-method`} className="block text-sm font-medium text-slate-700">
            {t("method")}
          </label>
          <select
            id={`${prefix}-method`}
            className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm"
            {...form.register("method")}
          >
            {BONUS_METHOD_CHOICES.map((choice) => (
              <option key={choice} value={choice}>
                {choice === "EVERY" ? t("every") : tm(choice)}
              </option>
            ))}
          </select>
        </div>
        <Field
          id={`${prefix}-min`}
          label={t("minAmount")}
          inputMode="decimal"
          autoComplete="off"
          error={errors.minAmount?.message}
          {...form.register("minAmount")}
        />
        <Field
          id={`${prefix}-max`}
          label={t("maxAmount")}
          hint={t("maxHint")}
          inputMode="decimal"
          autoComplete="off"
          error={errors.maxAmount?.message}
          {...form.register("maxAmount")}
        />
        <Field
          id={`${prefix}-percent`}
          label={t("percent")}
          inputMode="decimal"
          autoComplete="off"
          error={errors.percent?.message}
          {...form.register("percent")}
        />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" {...form.register("active")} />
          {t("active")}
        </label>
        <Button type="submit" variant={rule ? "secondary" : "primary"} disabled={isSubmitting}>
          {rule ? t("save") : t("create")}
        </Button>
      </div>
    </form>
  );
}
