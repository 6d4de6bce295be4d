"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { failureMessage, useZodForm } from "@/components/forms/use-zod-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { signInWithCodeSchema } from "@/lib/auth/two-factor/schemas";
import { signInAction } from "@/lib/actions/auth";

/**
 * Two steps, like most panels with a second factor: e-mail and password; then, for an account with
 * two-factor sign-in on (the server answered `two_factor_code_required` and signed nothing in), the code
 * from the app or a recovery code, sent with the e-mail and password the form still holds.
 */
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
  const [step, setStep] = useState<"password" | "code">("password");
  const [recovery, setRecovery] = useState(false);
  const form = useZodForm(signInWithCodeSchema, { defaultValues: { email: "", password: "", code: "" } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const code = step === "code" ? values.code?.trim() : undefined;
    if (step === "code" && !code) return form.setError("code", { message: t("errors.two_factor_code_required") });
    const result = await signInAction({ ...values, code, callbackUrl });
    if (!result.success) {
      if (result.error.code === "two_factor_code_required") {
        // The code field appears with this render; focus it once it is there.
        setStep("code");
        return void setTimeout(() => form.setFocus("code"), 0);
      }
      if (step === "code") form.setValue("code", "");
      return setError(failureMessage(result, t));
    }
    router.replace(result.data.redirectTo);
    router.refresh();
  });

  const startOver = () => {
    setStep("password");
    setRecovery(false);
    setError(null);
    form.reset({ email: form.getValues("email"), password: "", code: "" });
  };

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4">
      <h1 className="text-xl font-semibold">{step === "code" ? t("auth.twoFactorTitle") : t("auth.signInTitle")}</h1>
      {passwordWasReset && step === "password" ? <Notice tone="success">{t("auth.passwordResetDone")}</Notice> : null}
      {justRegistered && step === "password" ? <Notice tone="success">{t("auth.registeredSignIn")}</Notice> : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      {step === "password" ? (
        <>
          <Field label={t("fields.email")} type="email" autoComplete="email" error={errors.email?.message} {...form.register("email")} />
          <Field
            label={t("fields.password")}
            type="password"
            autoComplete="current-password"
            error={errors.password?.message}
            {...form.register("password")}
          />
        </>
      ) : (
        <>
          <p className="text-sm text-slate-600">{recovery ? t("auth.recoveryHelp") : t("auth.twoFactorHelp")}</p>
          <Field
            key={recovery ? "recovery" : "app"}
            label={recovery ? t("auth.recoveryCodeLabel") : t("auth.codeLabel")}
            type="text"
            inputMode={recovery ? "text" : "numeric"}
            autoComplete={recovery ? "off" : "one-time-code"}
            autoCapitalize="off"
            spellCheck={false}
            maxLength={recovery ? 20 : 7}
            className="font-mono tracking-widest"
            error={errors.code?.message}
            {...form.register("code")}
          />
          <button
            type="button"
            className="text-sm text-brand-700 hover:underline"
            onClick={() => {
              setRecovery(!recovery);
              form.setValue("code", "");
              form.clearErrors("code");
            }}
          >
            {recovery ? t("auth.useAppCode") : t("auth.useRecoveryCode")}
          </button>
        </>
      )}
      <Button type="submit" className="w-full" disabled={isSubmitting}>
        {isSubmitting ? t("common.working") : step === "code" ? t("auth.verifyCode") : t("auth.signIn")}
      </Button>
      {step === "password" ? (
        <div className="flex justify-between text-sm">
          <Link href="/forgot-password" className="text-brand-700 hover:underline">
            {t("auth.forgotPassword")}
          </Link>
          <Link href="/register" className="text-brand-700 hover:underline">
            {t("auth.createAccount")}
          </Link>
        </div>
      ) : (
        <button type="button" className="text-sm text-brand-700 hover:underline" onClick={startOver}>
          {t("auth.startOver")}
        </button>
      )}
    </form>
  );
}
