"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { failureMessage, useZodForm } from "@/components/forms/use-zod-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { registerSchema } from "@/lib/users/schemas";
import { registerAction } from "@/lib/actions/auth";

/** Sign-up; `callbackUrl` is where to go afterwards (checked on the server: only paths on this site). */
export function RegisterForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const form = useZodForm(registerSchema, { defaultValues: { email: "", password: "", fullName: "", phone: "", acceptTerms: false } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const result = await registerAction({ ...values, callbackUrl });
    if (!result.success) {
      if (result.error.code === "email_taken") return form.setError("email", { message: t("errors.email_taken") });
      return setError(failureMessage(result, t));
    }
    router.replace(result.data.redirectTo);
    router.refresh();
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4">
      <h1 className="text-xl font-semibold">{t("auth.registerTitle")}</h1>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <Field label={t("fields.fullName")} autoComplete="name" error={errors.fullName?.message} {...form.register("fullName")} />
      <Field label={t("fields.email")} type="email" autoComplete="email" error={errors.email?.message} {...form.register("email")} />
      <Field label={t("fields.phoneOptional")} type="tel" autoComplete="tel" error={errors.phone?.message} {...form.register("phone")} />
      <Field
        label={t("fields.password")}
        type="password"
        autoComplete="new-password"
        hint={t("auth.passwordHint")}
        error={errors.password?.message}
        {...form.register("password")}
      />
      <div className="space-y-1">
        <label className="flex items-start gap-2 text-sm text-slate-700">
          <input
            type="checkbox"
            id="acceptTerms"
            className="mt-0.5 size-4 shrink-0 rounded border-slate-300 accent-brand-600"
            aria-invalid={errors.acceptTerms ? true : undefined}
            aria-describedby={errors.acceptTerms ? "acceptTerms-error" : undefined}
            {...form.register("acceptTerms")}
          />
          <span>
            {t.rich("contentPages.signUp.acceptTerms", {
              terms: (chunks) => (
                <Link href="/terms" target="_blank" rel="noopener" className="text-brand-700 underline">
                  {chunks}
                </Link>
              ),
            })}
          </span>
        </label>
        {errors.acceptTerms ? (
          <p id="acceptTerms-error" className="text-xs text-red-600 first-letter:uppercase">
            {errors.acceptTerms.message}
          </p>
        ) : null}
      </div>
      <Button type="submit" className="w-full" disabled={isSubmitting}>
        {isSubmitting ? t("common.working") : t("auth.register")}
      </Button>
      <p className="text-center text-sm text-slate-600">
        {t("auth.haveAccount")}{" "}
        <Link href={callbackUrl ? `/login?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/login"} className="text-brand-700 underline">
          {t("auth.signIn")}
        </Link>
      </p>
    </form>
  );
}
