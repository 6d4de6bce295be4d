"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { useFormFailure } from "@/components/forms/use-form-failure";
import { useZodForm } from "@/components/forms/use-zod-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { savePriceGroupAction } from "@/lib/actions/admin/pricing";
import { priceGroupSchema, type PriceGroupInput } from "@/lib/pricing/schemas";
import { useBelowCostConfirm } from "./use-below-cost";

type Group = { id: string; name: string; percent: string };

/** Creates a price group, or (given one) changes its name and percentage; a price below cost asks first. */
export function PriceGroupForm({ group }: { group?: Group }) {
  const t = useTranslations("pricing.groups");
  const router = useRouter();
  const blank = { name: "", percent: "" };
  const form = useZodForm(priceGroupSchema, { defaultValues: group ? { id: group.id, name: group.name, percent: group.percent } : blank });
  const failure = useFormFailure(form, ["name", "percent"]);
  const belowCost = useBelowCostConfirm();
  const { errors, isSubmitting } = form.formState;

  const save = async (values: PriceGroupInput) => {
    failure.clear();
    const result = await savePriceGroupAction(values);
    if (!result.success) {
      if (!belowCost.ask(result, () => save({ ...values, confirmBelowCost: true }))) failure.report(result);
      return;
    }
    if (!group) form.reset(blank);
    toast.success(t("saved", { name: values.name }));
    router.refresh();
  };

  return (
    <form onSubmit={form.handleSubmit(save)} noValidate className="flex flex-wrap items-end gap-3">
      {failure.banner ? <Notice tone="error">{failure.banner}</Notice> : null}
      <div className="w-full sm:w-56">
        <Field
          label={t("name")}
          id={group ? `group-name-${group.id}` : "group-name"}
          error={errors.name?.message}
          {...form.register("name")}
        />
      </div>
      <div className="w-40">
        <Field
          label={t("percent")}
          id={group ? `group-percent-${group.id}` : "group-percent"}
          inputMode="decimal"
          hint={group ? undefined : t("percentHint")}
          error={errors.percent?.message}
          {...form.register("percent")}
        />
      </div>
      <Button type="submit" variant={group ? "secondary" : "primary"} disabled={isSubmitting}>
        {group ? t("save") : t("create")}
      </Button>
      {belowCost.dialog}
    </form>
  );
}
