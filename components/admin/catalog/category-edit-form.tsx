"use client";

import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { updateCategoryAction } from "@/lib/actions/admin/catalog-categories";
import { useFormFailure } from "@/components/forms/use-form-failure";
import { useZodForm } from "@/components/forms/use-zod-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { categoryUpdateSchema } from "@/lib/catalog/schemas";
import type { CategoryItem } from "./category-table";

/** Inline edit of one category: name, description and the active toggle. */
export function CategoryEditForm({ category, onSaved, onCancel }: { category: CategoryItem; onSaved: () => void; onCancel: () => void }) {
  const t = useTranslations();
  const form = useZodForm(categoryUpdateSchema, {
    defaultValues: { categoryId: category.id, name: category.name, description: category.description ?? "", status: category.status },
  });
  const failure = useFormFailure(form);
  const { errors, isSubmitting } = form.formState;
  const status = useWatch({ control: form.control, name: "status" });
  const prefix = `category-${category.id}`;

  const onSubmit = form.handleSubmit(async () => {
    failure.clear();
    const result = await updateCategoryAction(form.getValues());
    if (!result.success) return failure.report(result);
    onSaved();
  });

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={t("catalogAdmin.categories.editNamed", { name: category.name })}
      className="space-y-3 py-2"
    >
      {failure.banner ? <Notice tone="error">{failure.banner}</Notice> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={`${prefix}-name`} label={t("catalogAdmin.categories.name")} error={errors.name?.message} {...form.register("name")} />
        <Field
          id={`${prefix}-description`}
          label={t("catalogAdmin.categories.description")}
          error={errors.description?.message}
          {...form.register("description")}
        />
      </div>
      <label htmlFor={`${prefix}-active`} className="flex items-center gap-2 text-sm text-slate-700">
        <input
          id={`${prefix}-active`}
          type="checkbox"
          checked={status === "ACTIVE"}
          onChange={(event) => form.setValue("status", event.target.checked ? "ACTIVE" : "DISABLED", { shouldDirty: true })}
        />
        {t("catalogAdmin.categories.active")}
      </label>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t("common.working") : t("catalogAdmin.categories.save")}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={isSubmitting}>
          {t("catalogAdmin.categories.cancel")}
        </Button>
      </div>
    </form>
  );
}
