"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { useFormFailure } from "@/components/forms/use-form-failure";
import { useZodForm } from "@/components/forms/use-zod-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { setAffiliatePercentAction } from "@/lib/actions/admin/affiliates";
import { setAffiliatePercentSchema } from "@/lib/affiliates/schemas";

/** An admin sets (or clears, back to the panel's setting) one customer's commission percent as a referrer. */
export function AffiliatePercentForm({ userId, percent }: { userId: string; percent: string | null }) {
  const t = useTranslations("affiliatesAdmin.percent");
  const router = useRouter();
  const form = useZodForm(setAffiliatePercentSchema, { defaultValues: { userId, affiliatePercent: percent ?? "" } });
  const failure = useFormFailure(form, ["affiliatePercent"]);
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    failure.clear();
    const result = await setAffiliatePercentAction(values);
    if (!result.success) return failure.report(result);
    form.reset({ userId, affiliatePercent: result.data.percent ? String(Number(result.data.percent)) : "" });
    toast.success(t("saved"));
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-3" data-testid="affiliate-percent-form">
      {failure.banner ? <Notice tone="error">{failure.banner}</Notice> : null}
      <div className="w-56">
        <Field
          label={t("label")}
          inputMode="decimal"
          autoComplete="off"
          error={errors.affiliatePercent?.message}
          {...form.register("affiliatePercent")}
        />
      </div>
      <Button type="submit" variant="secondary" disabled={isSubmitting}>
        {t("save")}
      </Button>
    </form>
  );
}
