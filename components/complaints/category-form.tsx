"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { saveComplaintCategoryAction } from "@/lib/actions/admin/complaint-categories";
import { useFormFailure } from "@/components/forms/use-form-failure";
import { useZodForm } from "@/components/forms/use-zod-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { categorySchema } from "@/lib/complaints/schemas";
import { FieldError, inputClass } from "./field-error";

type Category = { id?: string; name: string; nameBn: string | null; active: boolean; sortOrder: number };

/** One row of the categories admin: add a new one, or rename / reorder / switch off an existing one. */
export function ComplaintCategoryForm({ category }: { category?: Category }) {
  const t = useTranslations();
  const router = useRouter();
  const [state, setState] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const empty = { name: "", nameBn: "", active: true, sortOrder: 0 };
  const form = useZodForm(categorySchema, { defaultValues: category ? { ...category, nameBn: category.nameBn ?? "" } : empty });
  const failure = useFormFailure(form);
  const { errors, isSubmitting } = form.formState;
  const prefix = category?.id ?? "new";

  const onSubmit = form.handleSubmit(async (values) => {
    setState(null);
    failure.clear();
    const result = await saveComplaintCategoryAction({ ...values, nameBn: values.nameBn ?? "", id: category?.id });
    if (!result.success) return failure.report(result);
    if (!category) form.reset(empty);
    setState({ tone: "success", text: t("complaintsAdmin.categories.saved") });
    router.refresh();
  });

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="flex flex-wrap items-start gap-3"
      aria-label={category?.name ?? t("complaintsAdmin.categories.add")}
    >
      <div className="min-w-48 flex-1 space-y-1">
        <label htmlFor={`${prefix}-name`} className="sr-only">
          {t("complaintsAdmin.categories.name")}
        </label>
        <input id={`${prefix}-name`} placeholder={t("complaintsAdmin.categories.name")} className={inputClass} {...form.register("name")} />
        <FieldError id={`${prefix}-name`} message={errors.name?.message} />
      </div>
      <div className="min-w-48 flex-1 space-y-1">
        <label htmlFor={`${prefix}-name-bn`} className="sr-only">
          {t("complaintsAdmin.categories.nameBn")}
        </label>
        <input
          id={`${prefix}-name-bn`}
          lang="bn"
          placeholder={t("complaintsAdmin.categories.nameBn")}
          className={inputClass}
          {...form.register("nameBn")}
        />
        <FieldError id={`${prefix}-name-bn`} message={errors.nameBn?.message} />
      </div>
      <label className="flex items-center gap-2 py-2 text-sm">
        <input type="checkbox" {...form.register("active")} />
        {t("complaintsAdmin.categories.active")}
      </label>
      <label className="flex items-center gap-2 text-sm">
        {t("complaintsAdmin.categories.sortOrder")}
        <input type="number" min={0} className={`${inputClass} w-20`} {...form.register("sortOrder", { valueAsNumber: true })} />
      </label>
      <Button type="submit" variant={category ? "secondary" : "primary"} disabled={isSubmitting}>
        {category ? t("complaintsAdmin.categories.save") : t("complaintsAdmin.categories.add")}
      </Button>
      {state ? (
        <div className="w-full">
          <Notice tone={state.tone}>{state.text}</Notice>
        </div>
      ) : null}
      {failure.banner ? (
        <div className="w-full">
          <Notice tone="error">{failure.banner}</Notice>
        </div>
      ) : null}
    </form>
  );
}
