"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { useFormFailure } from "@/components/forms/use-form-failure";
import { useZodForm } from "@/components/forms/use-zod-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/form-controls";
import { Notice } from "@/components/ui/notice";
import { saveCustomerPriceAction } from "@/lib/actions/admin/pricing";
import { customerPriceSchema, type CustomerPriceInput } from "@/lib/pricing/schemas";
import { useBelowCostConfirm } from "./use-below-cost";

/** Adds or replaces one of a customer's own prices: a percentage on everything or a category, or a fixed rate for a service. */
export function CustomerPriceForm({ userId, categories }: { userId: string; categories: { id: string; name: string }[] }) {
  const t = useTranslations("pricing.customer");
  const router = useRouter();
  const blank = { userId, scope: "ALL", percent: "", categoryId: "", serviceId: "", rate: "" } as unknown as CustomerPriceInput;
  const form = useZodForm(customerPriceSchema, { defaultValues: blank });
  const failure = useFormFailure(form, ["scope", "percent", "categoryId", "serviceId", "rate"]);
  const belowCost = useBelowCostConfirm();
  const scope = form.watch("scope");
  const errors = form.formState.errors as Partial<Record<string, { message?: string }>>;

  const save = async (values: CustomerPriceInput) => {
    failure.clear();
    const result = await saveCustomerPriceAction(values);
    if (!result.success) {
      if (!belowCost.ask(result, () => save({ ...values, confirmBelowCost: true }))) failure.report(result);
      return;
    }
    form.reset(blank);
    toast.success(t("priceSaved"));
    router.refresh();
  };

  return (
    <form onSubmit={form.handleSubmit(save)} noValidate className="space-y-3" data-testid="customer-price-form">
      {failure.banner ? <Notice tone="error">{failure.banner}</Notice> : null}
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField label={t("scope")} id="price-scope" {...form.register("scope")}>
          <option value="ALL">{t("scopes.ALL")}</option>
          <option value="CATEGORY">{t("scopes.CATEGORY")}</option>
          <option value="SERVICE">{t("scopes.SERVICE")}</option>
        </SelectField>
        {scope === "CATEGORY" ? (
          <SelectField label={t("category")} id="price-category" error={errors.categoryId?.message} {...form.register("categoryId")}>
            <option value="">{t("pickCategory")}</option>
            {categories.map((category) => (
              <option key={category.id} value={category.id}>
                {category.name}
              </option>
            ))}
          </SelectField>
        ) : null}
        {scope === "SERVICE" ? (
          <>
            <Field
              label={t("serviceId")}
              id="price-service"
              inputMode="numeric"
              error={errors.serviceId?.message}
              {...form.register("serviceId")}
            />
            <Field
              label={t("rate")}
              id="price-rate"
              inputMode="decimal"
              hint={t("rateHint")}
              error={errors.rate?.message}
              {...form.register("rate")}
            />
          </>
        ) : (
          <Field
            label={t("percent")}
            id="price-percent"
            inputMode="decimal"
            hint={t("percentHint")}
            error={errors.percent?.message}
            {...form.register("percent")}
          />
        )}
      </div>
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {t("savePrice")}
      </Button>
      {belowCost.dialog}
    </form>
  );
}
