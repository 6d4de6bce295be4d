"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { failureMessage, useZodForm } from "@/components/forms/use-zod-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { resetPasswordSchema } from "@/lib/users/schemas";
import { resetPasswordAction } from "@/lib/actions/auth";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const form = useZodForm(resetPasswordSchema, { defaultValues: { token, newPassword: "" } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const result = await resetPasswordAction(values);
    if (!result.success) return setError(failureMessage(result, t));
    router.replace("/login?reset=1");
  });

  if (!token) {
    return (
      <div className="space-y-4">
        <Notice tone="error">{t("errors.invalid_token")}</Notice>
        <Link href="/forgot-password" className="text-sm text-brand-700 hover:underline">
          {t("auth.forgotPassword")}
        </Link>
      </div>
    );
  }

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4">
      <h1 className="text-xl font-semibold">{t("auth.resetTitle")}</h1>
      {error || errors.token ? <Notice tone="error">{error ?? t("errors.invalid_token")}</Notice> : null}
      <input type="hidden" {...form.register("token")} />
      <Field
        label={t("fields.newPassword")}
        type="password"
        autoComplete="new-password"
        hint={t("auth.passwordHint")}
        error={errors.newPassword?.message}
        {...form.register("newPassword")}
      />
      <Button type="submit" className="w-full" disabled={isSubmitting}>
        {isSubmitting ? t("common.working") : t("auth.setNewPassword")}
      </Button>
    </form>
  );
}
