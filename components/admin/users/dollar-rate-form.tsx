"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { useFormFailure } from "@/components/forms/use-form-failure";
import { useZodForm } from "@/components/forms/use-zod-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { setDollarRateAction } from "@/lib/actions/admin/users";
import { setDollarRateSchema } from "@/lib/users/schemas";

/** An admin sets (or clears, back to the panel's rate) what 1 USD costs one customer in taka. */
export function DollarRateForm({ userId, dollarRate }: { userId: string; dollarRate: string | null }) {
  const t = useTranslations("adminUser.dollarRate");
  const router = useRouter();
  const form = useZodForm(setDollarRateSchema, { defaultValues: { userId, dollarRate: dollarRate ?? "" } });
  const failure = useFormFailure(form, ["dollarRate"]);
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    failure.clear();
    const result = await setDollarRateAction(values);
    if (!result.success) return failure.report(result);
    form.reset({ userId, dollarRate: result.data.dollarRate ?? "" });
    toast.success(t("saved"));
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-3">
      {failure.banner ? <Notice tone="error">{failure.banner}</Notice> : null}
      <div className="w-44">
        <Field
          label={t("label")}
          inputMode="decimal"
          autoComplete="off"
          error={errors.dollarRate?.message}
          {...form.register("dollarRate")}
        />
      </div>
      <Button type="submit" variant="secondary" disabled={isSubmitting}>
        {t("save")}
      </Button>
    </form>
  );
}
