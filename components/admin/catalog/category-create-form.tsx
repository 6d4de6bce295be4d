"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { createCategoryAction } from "@/lib/actions/admin/catalog-categories";
import { useFormFailure } from "@/components/forms/use-form-failure";
import { useZodForm } from "@/components/forms/use-zod-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { categorySchema } from "@/lib/catalog/schemas";

const EMPTY = { name: "", description: "", status: "ACTIVE" as const };

export function CategoryCreateForm() {
  const t = useTranslations();
  const router = useRouter();
  const [state, setState] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const form = useZodForm(categorySchema, { defaultValues: EMPTY });
  const failure = useFormFailure(form);
  const { errors, isSubmitting } = form.formState;

  // The raw values go to the server, which parses them with the same schema.
  const onSubmit = form.handleSubmit(async () => {
    setState(null);
    failure.clear();
    const result = await createCategoryAction(form.getValues());
    if (!result.success) return failure.report(result);
    form.reset(EMPTY);
    setState({ tone: "success", text: t("catalogAdmin.categories.added") });
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("catalogAdmin.categories.add")} className="space-y-4">
      {state ? <Notice tone={state.tone}>{state.text}</Notice> : null}
      {failure.banner ? <Notice tone="error">{failure.banner}</Notice> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="category-new-name" label={t("catalogAdmin.categories.name")} error={errors.name?.message} {...form.register("name")} />
        <Field
          id="category-new-description"
          label={t("catalogAdmin.categories.description")}
          error={errors.description?.message}
          {...form.register("description")}
        />
      </div>
      <div className="space-y-1">
        <label htmlFor="category-new-status" className="block text-sm font-medium text-slate-700">
          {t("catalogAdmin.categories.status")}
        </label>
        <select id="category-new-status" {...form.register("status")} className="rounded-md border border-slate-300 px-2 py-2 text-sm">
          <option value="ACTIVE">{t("catalogAdmin.statuses.ACTIVE")}</option>
          <option value="DISABLED">{t("catalogAdmin.statuses.DISABLED")}</option>
        </select>
      </div>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("common.working") : t("catalogAdmin.categories.add")}
      </Button>
    </form>
  );
}
