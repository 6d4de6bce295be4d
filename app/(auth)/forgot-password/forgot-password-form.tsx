"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { failureMessage, useZodForm } from "@/components/forms/use-zod-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { requestResetSchema } from "@/lib/users/schemas";
import { requestResetAction } from "@/lib/actions/auth";

export function ForgotPasswordForm() {
  const t = useTranslations();
  const [state, setState] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const form = useZodForm(requestResetSchema, { defaultValues: { email: "" } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await requestResetAction(values);
    setState(result.success ? { tone: "success", text: t("auth.resetSent") } : { tone: "error", text: failureMessage(result, t) });
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4">
      <h1 className="text-xl font-semibold">{t("auth.forgotTitle")}</h1>
      <p className="text-sm text-slate-600">{t("auth.forgotHelp")}</p>
      {state ? <Notice tone={state.tone}>{state.text}</Notice> : null}
      <Field label={t("fields.email")} type="email" autoComplete="email" error={errors.email?.message} {...form.register("email")} />
      <Button type="submit" className="w-full" disabled={isSubmitting}>
        {isSubmitting ? t("common.working") : t("auth.sendResetLink")}
      </Button>
      <p className="text-center text-sm">
        <Link href="/login" className="text-brand-700 hover:underline">
          {t("auth.backToSignIn")}
        </Link>
      </p>
    </form>
  );
}
