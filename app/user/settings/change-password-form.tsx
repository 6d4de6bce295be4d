"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { useFormFailure } from "@/components/forms/use-form-failure";
import { useZodForm } from "@/components/forms/use-zod-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { changePasswordSchema } from "@/lib/users/schemas";
import { changePasswordAction } from "@/lib/actions/user/settings";

export function ChangePasswordForm() {
  const t = useTranslations();
  const router = useRouter();
  const form = useZodForm(changePasswordSchema, { defaultValues: { currentPassword: "", newPassword: "" } });
  const failure = useFormFailure(form);
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    failure.clear();
    const result = await changePasswordAction(values);
    if (!result.success) return failure.report(result);
    // Signed out with the other sessions: sign in again with the new password and a code.
    if (result.data.signInAgain) return router.replace("/login");
    form.reset();
    toast.success(t("settings.passwordChanged"));
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4">
      {failure.banner ? <Notice tone="error">{failure.banner}</Notice> : null}
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
