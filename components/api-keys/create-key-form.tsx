"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { createApiKeyAction } from "@/lib/actions/user/api-keys";
import { useFormFailure } from "@/components/forms/use-form-failure";
import { useZodForm } from "@/components/forms/use-zod-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { createKeySchema } from "@/lib/api-keys/schemas";
import { CopyButton } from "./copy-button";

/** Creates a key and shows it ONCE; it lives only in this component's state until the page is left. */
export function CreateKeyForm() {
  const t = useTranslations();
  const router = useRouter();
  const [created, setCreated] = useState<{ name: string; key: string } | null>(null);
  const form = useZodForm(createKeySchema, { defaultValues: { name: "" } });
  const failure = useFormFailure(form);
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    failure.clear();
    const result = await createApiKeyAction(values);
    if (!result.success) return failure.report(result);
    setCreated({ name: result.data.name, key: result.data.key });
    form.reset();
    router.refresh();
  });
  return (
    <div className="space-y-4">
      {created ? (
        <div data-testid="new-api-key" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          <p className="font-semibold text-amber-900">{t("api.keys.createdTitle")}</p>
          <div className="flex flex-wrap items-center gap-2">
            <code className="rounded bg-white px-2 py-1 font-mono text-xs break-all text-slate-900" data-testid="new-api-key-value">
              {created.key}
            </code>
            <CopyButton text={created.key} />
          </div>
          <p className="text-amber-900">{t("api.keys.createdBody")}</p>
        </div>
      ) : null}
      {failure.banner ? <Notice tone="error">{failure.banner}</Notice> : null}
      <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-3">
        <div className="min-w-56 flex-1">
          <Field
            label={t("api.keys.name")}
            hint={t("api.keys.nameHint")}
            maxLength={60}
            error={errors.name?.message}
            {...form.register("name")}
          />
        </div>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t("common.working") : t("api.keys.create")}
        </Button>
      </form>
    </div>
  );
}
