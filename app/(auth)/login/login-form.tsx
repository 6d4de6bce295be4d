"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { failureMessage, useZodForm } from "@/components/forms/use-zod-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { signInSchema } from "@/lib/users/schemas";
import { signInAction } from "@/lib/actions/auth";

export function LoginForm({
  callbackUrl,
  passwordWasReset,
  justRegistered,
}: {
  callbackUrl?: string;
  passwordWasReset: boolean;
  justRegistered: boolean;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const form = useZodForm(signInSchema, { defaultValues: { email: "", password: "" } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const result = await signInAction({ ...values, callbackUrl });
    if (!result.success) return setError(failureMessage(result, t));
    router.replace(result.data.redirectTo);
    router.refresh();
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4">
      <h1 className="text-xl font-semibold">{t("auth.signInTitle")}</h1>
      {passwordWasReset ? <Notice tone="success">{t("auth.passwordResetDone")}</Notice> : null}
      {justRegistered ? <Notice tone="success">{t("auth.registeredSignIn")}</Notice> : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      <Field label={t("fields.email")} type="email" autoComplete="email" error={errors.email?.message} {...form.register("email")} />
      <Field
        label={t("fields.password")}
        type="password"
        autoComplete="current-password"
        error={errors.password?.message}
        {...form.register("password")}
      />
      <Button type="submit" className="w-full" disabled={isSubmitting}>
        {isSubmitting ? t("common.working") : t("auth.signIn")}
      </Button>
      <div className="flex justify-between text-sm">
        <Link href="/forgot-password" className="text-brand-700 hover:underline">
          {t("auth.forgotPassword")}
        </Link>
        <Link href="/register" className="text-brand-700 hover:underline">
          {t("auth.createAccount")}
        </Link>
      </div>
    </form>
  );
}
