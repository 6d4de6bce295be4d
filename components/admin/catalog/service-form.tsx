"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { updateServiceAction } from "@/lib/actions/admin/catalog-services";
import { useFormFailure } from "@/components/forms/use-form-failure";
import { useZodForm } from "@/components/forms/use-zod-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SelectField, TextAreaField } from "@/components/ui/form-controls";
import { Notice } from "@/components/ui/notice";
import { serviceUpdateSchema } from "@/lib/catalog/schemas";
import { refillDaysOptions, ServiceOptionsFieldset, ServiceStatusOptions } from "./service-options-fieldset";

export type EditableService = {
  id: number;
  name: string;
  description: string | null;
  categoryId: string;
  rate: string;
  min: number;
  max: number;
  mode: "AUTO" | "MANUAL";
  status: "ACTIVE" | "DISABLED";
  refill: boolean;
  refillDays: number | null;
  cancel: boolean;
  dripfeed: boolean;
};

/**
 * The admin edit of one service, checked with the same schema as the server (min above max fails under "min").
 * A service without a provider (`manualOnly`) stays manual: no mode choice, no provider-rate hint.
 */
export function ServiceForm({
  service,
  categories,
  manualOnly = false,
}: {
  service: EditableService;
  categories: { id: string; name: string }[];
  manualOnly?: boolean;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [state, setState] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const form = useZodForm(serviceUpdateSchema, {
    defaultValues: {
      serviceId: service.id,
      name: service.name,
      description: service.description ?? "",
      categoryId: service.categoryId,
      rate: service.rate,
      min: service.min,
      max: service.max,
      mode: service.mode,
      status: service.status,
      refill: service.refill,
      refillDays: service.refillDays,
      cancel: service.cancel,
      dripfeed: service.dripfeed,
    },
  });
  const failure = useFormFailure(form);
  const { errors, isSubmitting } = form.formState;
  const refill = Boolean(useWatch({ control: form.control, name: "refill" }));
  const label = (key: string) => t(`catalogAdmin.service.${key}`);

  // The raw values go to the server, which parses them with the same schema.
  const onSubmit = form.handleSubmit(async () => {
    setState(null);
    failure.clear();
    const result = await updateServiceAction(form.getValues());
    if (!result.success) return failure.report(result);
    setState({ tone: "success", text: t("catalogAdmin.service.saved") });
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("catalogAdmin.service.details")} className="space-y-4">
      {state ? <Notice tone={state.tone}>{state.text}</Notice> : null}
      {failure.banner ? <Notice tone="error">{failure.banner}</Notice> : null}
      <Field label={label("name")} error={errors.name?.message} {...form.register("name")} />
      <TextAreaField
        id="description"
        rows={3}
        label={label("description")}
        error={errors.description?.message}
        {...form.register("description")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField id="categoryId" label={label("category")} error={errors.categoryId?.message} {...form.register("categoryId")}>
          {categories.map((category) => (
            <option key={category.id} value={category.id}>
              {category.name}
            </option>
          ))}
        </SelectField>
        <Field
          label={label("rate")}
          inputMode="decimal"
          hint={manualOnly ? undefined : label("rateHint")}
          error={errors.rate?.message}
          {...form.register("rate")}
        />
        <Field label={label("min")} inputMode="numeric" error={errors.min?.message} {...form.register("min")} />
        <Field label={label("max")} inputMode="numeric" error={errors.max?.message} {...form.register("max")} />
        {manualOnly ? (
          <div className="space-y-1 text-sm">
            <p className="font-medium text-slate-700">{label("mode")}</p>
            <p className="py-2 text-slate-600" data-testid="service-mode-manual">
              {t("catalogAdmin.services.noProvider")}
            </p>
          </div>
        ) : (
          <SelectField id="mode" label={label("mode")} error={errors.mode?.message} {...form.register("mode")}>
            <option value="AUTO">{t("catalogAdmin.services.modes.AUTO")}</option>
            <option value="MANUAL">{t("catalogAdmin.services.modes.MANUAL")}</option>
          </SelectField>
        )}
        <SelectField id="status" label={label("status")} error={errors.status?.message} {...form.register("status")}>
          <ServiceStatusOptions />
        </SelectField>
      </div>
      <ServiceOptionsFieldset
        refill={form.register("refill")}
        refillDays={form.register("refillDays", refillDaysOptions(refill))}
        cancel={form.register("cancel")}
        dripfeed={form.register("dripfeed")}
        errors={{ refillDays: errors.refillDays?.message }}
      />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("common.working") : label("save")}
      </Button>
    </form>
  );
}
