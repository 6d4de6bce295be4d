"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { savePaymentSettingsAction } from "@/lib/actions/admin/payments";
import { useFormFailure } from "@/components/forms/use-form-failure";
import { useZodForm } from "@/components/forms/use-zod-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { PAYMENT_METHOD_NAMES, paymentSettingsSchema, type PaymentSettingsInput } from "@/lib/payments/schemas";

/** Payment settings; the SSLCommerz password is write-only (only a hint of the saved one is shown). */
export function PaymentSettingsForm({ values, passwordHint }: { values: PaymentSettingsInput; passwordHint: string | null }) {
  const t = useTranslations();
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const form = useZodForm(paymentSettingsSchema, { defaultValues: values });
  const failure = useFormFailure(form);
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (input) => {
    setMessage(null);
    failure.clear();
    const result = await savePaymentSettingsAction(input);
    if (!result.success) return failure.report(result);
    form.setValue("sslcommerzStorePassword", "");
    setMessage({ tone: "success", text: t("paymentsAdmin.settings.saved") });
    router.refresh();
  });
  const label = (key: string) => t(`paymentsAdmin.settings.${key}`);
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-5">
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      {failure.banner ? <Notice tone="error">{failure.banner}</Notice> : null}
      <fieldset className="space-y-1">
        <legend className="mb-1 text-sm font-medium text-slate-700">{label("methods")}</legend>
        {PAYMENT_METHOD_NAMES.map((method) => (
          <label key={method} className="flex items-center gap-2 text-sm">
            <input type="checkbox" value={method} {...form.register("methods")} /> {t(`payments.methods.${method}`)}
          </label>
        ))}
        <p className="text-xs text-slate-500">{label("sandboxOff")}</p>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={label("minAmount")} inputMode="decimal" error={errors.minAmount?.message} {...form.register("minAmount")} />
        <Field label={label("maxAmount")} inputMode="decimal" error={errors.maxAmount?.message} {...form.register("maxAmount")} />
        <Field label={label("bkashNumber")} inputMode="tel" error={errors.bkashNumber?.message} {...form.register("bkashNumber")} />
        <Field label={label("nagadNumber")} inputMode="tel" error={errors.nagadNumber?.message} {...form.register("nagadNumber")} />
      </div>
      <label className="block text-sm font-medium text-slate-700">
        {label("instructions")}
        <textarea
          rows={3}
          maxLength={1000}
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
          {...form.register("manualInstructions")}
        />
      </label>
      <label className="block text-sm font-medium text-slate-700">
        {label("instructionsBn")}
        <textarea
          rows={3}
          maxLength={1000}
          lang="bn"
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
          {...form.register("manualInstructionsBn")}
        />
      </label>
      <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
        <legend className="px-1 text-sm font-medium text-slate-700">SSLCommerz</legend>
        <label className="flex items-center gap-3 text-sm">
          {label("mode")}
          <select className="rounded-md border border-slate-300 px-2 py-1" {...form.register("sslcommerzMode")}>
            <option value="sandbox">{label("sandbox")}</option>
            <option value="live">{label("live")}</option>
          </select>
        </label>
        <Field
          label={label("storeId")}
          autoComplete="off"
          error={errors.sslcommerzStoreId?.message}
          {...form.register("sslcommerzStoreId")}
        />
        <Field
          label={label("storePassword")}
          type="password"
          autoComplete="new-password"
          hint={passwordHint ? t("paymentsAdmin.settings.passwordSet", { hint: passwordHint }) : label("passwordUnset")}
          error={errors.sslcommerzStorePassword?.message}
          {...form.register("sslcommerzStorePassword")}
        />
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label={label("reconcileAfter")}
          inputMode="numeric"
          error={errors.reconcileAfterMinutes?.message}
          {...form.register("reconcileAfterMinutes")}
        />
        <Field
          label={label("expireAfter")}
          inputMode="numeric"
          error={errors.expireAfterMinutes?.message}
          {...form.register("expireAfterMinutes")}
        />
      </div>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("common.working") : label("save")}
      </Button>
    </form>
  );
}
