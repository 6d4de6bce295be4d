"use client";

import { problemFields } from "@/components/forms/failure-text";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { failureMessage, useZodForm } from "@/components/forms/use-zod-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { changePasswordSchema } from "@/lib/users/schemas";
import { changePasswordAction } from "@/lib/actions/user/settings";

export function ChangePasswordForm() {
  const t = useTranslations();
  const [state, setState] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const form = useZodForm(changePasswordSchema, { defaultValues: { currentPassword: "", newPassword: "" } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setState(null);
    const result = await changePasswordAction(values);
    if (result.success) {
      form.reset();
      return setState({ tone: "success", text: t("settings.passwordChanged") });
    }
    const fields = problemFields(result.error, t);
    if (fields.currentPassword) return form.setError("currentPassword", { message: fields.currentPassword });
    if (fields.newPassword) return form.setError("newPassword", { message: fields.newPassword });
    setState({ tone: "error", text: failureMessage(result, t) });
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4">
      {state ? <Notice tone={state.tone}>{state.text}</Notice> : null}
      <Field
        label={t("fields.currentPassword")}
        type="password"
        autoComplete="current-password"
        error={errors.currentPassword?.message}
        {...form.register("currentPassword")}
      />
      <Field
        label={t("fields.newPassword")}
        type="password"
        autoComplete="new-password"
        hint={t("auth.passwordHint")}
        error={errors.newPassword?.message}
        {...form.register("newPassword")}
      />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("common.working") : t("settings.changePassword")}
      </Button>
    </form>
  );
}
