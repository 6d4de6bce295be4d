"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { forwardRef, type ComponentProps, type SelectHTMLAttributes } from "react";
import { useWatch } from "react-hook-form";
import { toast } from "sonner";
import { useFormFailure } from "@/components/forms/use-form-failure";
import { useZodForm } from "@/components/forms/use-zod-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { TextAreaField } from "@/components/ui/form-controls";
import { Notice } from "@/components/ui/notice";
import { createManualServiceAction } from "@/lib/actions/admin/catalog-services";
import { SERVICE_TYPE_LIST, SERVICE_TYPES, takesDripfeed } from "@/lib/api-v2/service-types";
import { manualServiceSchema } from "@/lib/catalog/schemas";

const ORDERABLE = SERVICE_TYPE_LIST.filter((type) => SERVICE_TYPES[type].orderable);
const SELECT = "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";

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
        <Select id="categoryId" label={field("category")} error={errors.categoryId?.message} {...form.register("categoryId")}>
          {categories.map((category) => (
            <option key={category.id} value={category.id}>
              {category.name}
            </option>
          ))}
        </Select>
        <Select id="type" label={field("type")} error={errors.type?.message} {...form.register("type")}>
          {ORDERABLE.map((value) => (
            <option key={value} value={value}>
              {t(`catalogAdmin.services.types.${value}`)}
            </option>
          ))}
        </Select>
        <Field label={label("rate")} inputMode="decimal" hint={label("rateHint")} error={errors.rate?.message} {...form.register("rate")} />
        <Select id="status" label={field("status")} error={errors.status?.message} {...form.register("status")}>
          <option value="ACTIVE">{t("catalogAdmin.statuses.ACTIVE")}</option>
          <option value="DISABLED">{t("catalogAdmin.statuses.DISABLED")}</option>
        </Select>
        <Field label={field("min")} inputMode="numeric" error={errors.min?.message} {...form.register("min")} />
        <Field label={field("max")} inputMode="numeric" error={errors.max?.message} {...form.register("max")} />
      </div>
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-slate-700">{field("options")}</legend>
        <div className="flex flex-wrap items-end gap-4">
          <Check id="refill" label={field("refill")} {...form.register("refill")} />
          <div className="w-48">
            <Field
              label={field("refillDays")}
              inputMode="numeric"
              error={errors.refillDays?.message}
              {...form.register("refillDays", {
                disabled: !refill,
                setValueAs: (value: unknown) => (value === "" || value === undefined ? null : value),
              })}
            />
          </div>
        </div>
        <Check id="cancel" label={field("cancel")} {...form.register("cancel")} />
        {takesDripfeed(type ?? "DEFAULT") ? <Check id="dripfeed" label={field("dripfeed")} {...form.register("dripfeed")} /> : null}
        {errors.dripfeed?.message ? <p className="text-xs text-red-600">{errors.dripfeed.message}</p> : null}
      </fieldset>
      <Button type="submit" disabled={isSubmitting || categories.length === 0}>
        {isSubmitting ? t("common.working") : label("submit")}
      </Button>
    </form>
  );
}

type SelectProps = SelectHTMLAttributes<HTMLSelectElement> & { id: string; label: string; error?: string };

const Select = forwardRef<HTMLSelectElement, SelectProps>(function Select({ id, label, error, children, ...props }, ref) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <select ref={ref} id={id} aria-invalid={error ? true : undefined} className={SELECT} {...props}>
        {children}
      </select>
      {error ? <p className="text-xs text-red-600 first-letter:uppercase">{error}</p> : null}
    </div>
  );
});

function Check({ id, label, ...props }: { id: string; label: string } & ComponentProps<"input">) {
  return (
    <label htmlFor={id} className="flex items-center gap-2 text-sm text-slate-700">
      <input id={id} type="checkbox" {...props} />
      {label}
    </label>
  );
}
