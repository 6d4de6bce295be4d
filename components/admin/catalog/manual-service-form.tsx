"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { toast } from "sonner";
import { useFormFailure } from "@/components/forms/use-form-failure";
import { useZodForm } from "@/components/forms/use-zod-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SelectField, TextAreaField } from "@/components/ui/form-controls";
import { Notice } from "@/components/ui/notice";
import { createManualServiceAction } from "@/lib/actions/admin/catalog-services";
import { manualAllowed, SERVICE_TYPE_LIST, takesDripfeed } from "@/lib/api-v2/service-types";
import { manualServiceSchema } from "@/lib/catalog/schemas";
import { refillDaysOptions, ServiceOptionsFieldset, ServiceStatusOptions } from "./service-options-fieldset";

const ORDERABLE = SERVICE_TYPE_LIST.filter(manualAllowed);

/**
 * A service made by hand (no provider): its orders wait in the admin queue for staff. Checked with the
 * server's own schema (min above max fails under "min"); the server's refusals land on their fields.
 */
export function ManualServiceForm({ categories }: { categories: { id: string; name: string }[] }) {
  const t = useTranslations();
  const router = useRouter();
  const form = useZodForm(manualServiceSchema, {
    defaultValues: {
      name: "",
      description: "",
      categoryId: categories[0]?.id ?? "",
      type: "DEFAULT",
      rate: "",
      min: 100,
      max: 10000,
      status: "ACTIVE",
      refill: false,
      refillDays: null,
      cancel: false,
      dripfeed: false,
    },
  });
  const failure = useFormFailure(form);
  const { errors, isSubmitting } = form.formState;
  const [refill, type] = useWatch({ control: form.control, name: ["refill", "type"] });
  const label = (key: string) => t(`catalogAdmin.newService.${key}`);
  const field = (key: string) => t(`catalogAdmin.service.${key}`);

  const onSubmit = form.handleSubmit(async () => {
    failure.clear();
    const result = await createManualServiceAction(form.getValues());
    if (!result.success) return failure.report(result);
    toast.success(label("created"));
    router.push(`/admin/catalog/services/${result.data.serviceId}`);
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={label("title")} className="space-y-4">
      {failure.banner ? <Notice tone="error">{failure.banner}</Notice> : null}
      <Field label={field("name")} error={errors.name?.message} {...form.register("name")} />
      <TextAreaField
        id="description"
        rows={3}
        label={field("description")}
        error={errors.description?.message}
        {...form.register("description")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField id="categoryId" label={field("category")} error={errors.categoryId?.message} {...form.register("categoryId")}>
          {categories.map((category) => (
            <option key={category.id} value={category.id}>
              {category.name}
            </option>
          ))}
        </SelectField>
        <SelectField id="type" label={field("type")} error={errors.type?.message} {...form.register("type")}>
          {ORDERABLE.map((value) => (
            <option key={value} value={value}>
              {t(`catalogAdmin.services.types.${value}`)}
            </option>
          ))}
        </SelectField>
        <Field label={label("rate")} inputMode="decimal" hint={label("rateHint")} error={errors.rate?.message} {...form.register("rate")} />
        <SelectField id="status" label={field("status")} error={errors.status?.message} {...form.register("status")}>
          <ServiceStatusOptions />
        </SelectField>
        <Field label={field("min")} inputMode="numeric" error={errors.min?.message} {...form.register("min")} />
        <Field label={field("max")} inputMode="numeric" error={errors.max?.message} {...form.register("max")} />
      </div>
      <ServiceOptionsFieldset
        refill={form.register("refill")}
        refillDays={form.register("refillDays", refillDaysOptions(Boolean(refill)))}
        cancel={form.register("cancel")}
        dripfeed={takesDripfeed(type ?? "DEFAULT") ? form.register("dripfeed") : null}
        errors={{ refillDays: errors.refillDays?.message, dripfeed: errors.dripfeed?.message }}
      />
      <Button type="submit" disabled={isSubmitting || categories.length === 0}>
        {isSubmitting ? t("common.working") : label("submit")}
      </Button>
    </form>
  );
}
