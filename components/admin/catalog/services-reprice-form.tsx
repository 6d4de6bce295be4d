"use client";

import { useTranslations } from "next-intl";
import { z } from "zod";
import { useZodForm } from "@/components/forms/use-zod-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { markupFields } from "@/lib/catalog/schemas";
import type { BulkInput } from "./services-bulk-bar";

// The shared markup rules (a blank or negative value is refused here, before the server sees it).
const repriceSchema = z.object(markupFields);

/** Re-price the selected services from their provider rate: markup kind, value and an optional rounding step. */
export function ServicesRepriceForm({
  serviceIds,
  disabled,
  onRun,
}: {
  serviceIds: number[];
  disabled: boolean;
  onRun: (input: BulkInput) => Promise<void>;
}) {
  const t = useTranslations();
  const form = useZodForm(repriceSchema, { defaultValues: { markupKind: "PERCENT", markupValue: "", roundTo: "" } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    await onRun({
      action: "reprice",
      serviceIds,
      markupKind: values.markupKind,
      markupValue: values.markupValue,
      roundTo: values.roundTo ?? undefined,
    });
  });

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={t("catalogAdmin.bulk.reprice")}
      className="flex flex-wrap items-start gap-2 border-t border-slate-200 pt-3"
    >
      <div className="space-y-1">
        <label htmlFor="bulk-markup-kind" className="block text-sm font-medium text-slate-700">
          {t("catalogAdmin.bulk.markupKind")}
        </label>
        <select
          id="bulk-markup-kind"
          {...form.register("markupKind")}
          className="rounded-md border border-slate-300 bg-white px-2 py-2 text-sm"
        >
          <option value="PERCENT">{t("catalogAdmin.bulk.percent")}</option>
          <option value="FIXED">{t("catalogAdmin.bulk.fixed")}</option>
        </select>
      </div>
      <div className="w-36">
        <Field
          id="bulk-markup-value"
          label={t("catalogAdmin.bulk.markupValue")}
          inputMode="decimal"
          error={errors.markupValue?.message}
          {...form.register("markupValue")}
        />
      </div>
      <div className="w-44">
        <Field
          id="bulk-round-to"
          label={t("catalogAdmin.bulk.roundTo")}
          inputMode="decimal"
          placeholder={t("catalogAdmin.bulk.roundToHint")}
          error={errors.roundTo?.message}
          {...form.register("roundTo")}
        />
      </div>
      <div className="space-y-1">
        <span aria-hidden className="block text-sm">
          &nbsp;
        </span>
        <Button type="submit" disabled={disabled || isSubmitting}>
          {isSubmitting ? t("common.working") : t("catalogAdmin.bulk.reprice")}
        </Button>
      </div>
      <p className="basis-full text-xs text-slate-500">{t("catalogAdmin.bulk.repriceHint")}</p>
    </form>
  );
}
