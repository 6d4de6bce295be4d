"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { createProviderAction, updateProviderAction } from "@/lib/actions/admin/providers";
import { useFormFailure } from "@/components/forms/use-form-failure";
import { useZodForm } from "@/components/forms/use-zod-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { Envelope } from "@/lib/http/envelope";
import { providerCreateSchema, providerUpdateSchema } from "@/lib/providers/schemas";

type Existing = {
  id: string;
  name: string;
  apiUrl: string;
  apiKeyHint: string;
  status: "ACTIVE" | "DISABLED";
  lowBalanceThreshold: string | null;
};

/** Add (no `provider`) or edit a provider. The stored key is never sent here: a blank key keeps it. */
export function ProviderForm({ provider }: { provider?: Existing }) {
  const t = useTranslations();
  const router = useRouter();
  const [state, setState] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const editing = Boolean(provider);
  const form = useZodForm(editing ? providerUpdateSchema : providerCreateSchema, {
    defaultValues: provider
      ? {
          providerId: provider.id,
          name: provider.name,
          apiUrl: provider.apiUrl,
          apiKey: "",
          status: provider.status,
          lowBalanceThreshold: provider.lowBalanceThreshold ?? "",
        }
      : { name: "", apiUrl: "", apiKey: "", lowBalanceThreshold: "" },
  });
  const failure = useFormFailure(form);
  const { errors, isSubmitting } = form.formState;
  const fieldError = (name: string) => (errors as Record<string, { message?: string } | undefined>)[name]?.message;

  const onSubmit = form.handleSubmit(async (values) => {
    setState(null);
    failure.clear();
    const result: Envelope<{ providerId: string }> = editing
      ? await updateProviderAction(values as Parameters<typeof updateProviderAction>[0])
      : await createProviderAction(values as Parameters<typeof createProviderAction>[0]);
    if (!result.success) return failure.report(result);
    if (editing) {
      setState({ tone: "success", text: t("providers.saved") });
      router.refresh();
    } else {
      router.push(`/admin/providers/${result.data.providerId}`);
    }
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4">
      {state ? <Notice tone={state.tone}>{state.text}</Notice> : null}
      {failure.banner ? <Notice tone="error">{failure.banner}</Notice> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("providers.name")} error={fieldError("name")} {...form.register("name")} />
        <Field
          label={t("providers.apiUrl")}
          placeholder="https://example-panel.com/api/v2"
          error={fieldError("apiUrl")}
          {...form.register("apiUrl")}
        />
        <Field
          label={t("providers.apiKey")}
          type="password"
          autoComplete="off"
          hint={provider ? t("providers.apiKeyKeep", { hint: provider.apiKeyHint }) : undefined}
          error={fieldError("apiKey")}
          {...form.register("apiKey")}
        />
        <Field
          label={t("providers.lowBalanceThreshold")}
          inputMode="decimal"
          hint={t("providers.lowBalanceHint")}
          error={fieldError("lowBalanceThreshold")}
          {...form.register("lowBalanceThreshold")}
        />
      </div>
      {editing ? (
        <label className="flex items-center gap-2 text-sm">
          <span className="text-slate-700">{t("providers.status")}</span>
          <select {...form.register("status" as never)} className="rounded-md border border-slate-300 px-2 py-1">
            <option value="ACTIVE">{t("providers.statuses.ACTIVE")}</option>
            <option value="DISABLED">{t("providers.statuses.DISABLED")}</option>
          </select>
        </label>
      ) : null}
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("providers.checking") : editing ? t("providers.save") : t("providers.addAndTest")}
      </Button>
    </form>
  );
}
