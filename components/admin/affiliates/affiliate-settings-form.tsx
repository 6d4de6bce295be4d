"use client";

import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { useFormFailure } from "@/components/forms/use-form-failure";
import { useZodForm } from "@/components/forms/use-zod-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { saveAffiliateSettingsAction } from "@/lib/actions/admin/affiliates";
import { affiliateSettingsSchema, type AffiliateSettingsInput } from "@/lib/affiliates/schemas";

/** The panel's affiliate settings: commission percent, how long a referral link is remembered, smallest payout. */
export function AffiliateSettingsForm(values: { commissionPercent: string; cookieDays: number; minPayout: string }) {
  const t = useTranslations("affiliatesAdmin.settings");
  const form = useZodForm(affiliateSettingsSchema, { defaultValues: values satisfies AffiliateSettingsInput });
  const failure = useFormFailure(form);
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (input) => {
    failure.clear();
    const result = await saveAffiliateSettingsAction(input);
    if (!result.success) return failure.report(result);
    toast.success(t("saved"));
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="affiliate-settings-form">
      {failure.banner ? <Notice tone="error">{failure.banner}</Notice> : null}
      <Field
        label={t("commissionPercent")}
        inputMode="decimal"
        hint={t("commissionPercentHint")}
        error={errors.commissionPercent?.message}
        {...form.register("commissionPercent")}
      />
      <Field
        label={t("cookieDays")}
        inputMode="numeric"
        hint={t("cookieDaysHint")}
        error={errors.cookieDays?.message}
        {...form.register("cookieDays")}
      />
      <Field label={t("minPayout")} inputMode="decimal" error={errors.minPayout?.message} {...form.register("minPayout")} />
      <Button type="submit" disabled={isSubmitting}>
        {t("save")}
      </Button>
    </form>
  );
}
