"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { useFormFailure } from "@/components/forms/use-form-failure";
import { useZodForm } from "@/components/forms/use-zod-form";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/form-controls";
import { Notice } from "@/components/ui/notice";
import { assignPriceGroupAction } from "@/lib/actions/admin/pricing";
import { assignPriceGroupSchema } from "@/lib/pricing/schemas";

type Group = { id: string; name: string; label: string };

/** Puts a customer in a price group, or back on list prices. */
export function AssignPriceGroupForm({ userId, groupId, groups }: { userId: string; groupId: string | null; groups: Group[] }) {
  const t = useTranslations("pricing.customer");
  const router = useRouter();
  const form = useZodForm(assignPriceGroupSchema, { defaultValues: { userId, priceGroupId: groupId ?? "" } });
  const failure = useFormFailure(form, ["priceGroupId"]);
  const { isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    failure.clear();
    const result = await assignPriceGroupAction(values);
    if (!result.success) return failure.report(result);
    toast.success(t("groupSaved"));
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-3">
      {failure.banner ? <Notice tone="error">{failure.banner}</Notice> : null}
      <div className="w-60">
        <SelectField label={t("group")} id="price-group" {...form.register("priceGroupId")}>
          <option value="">{t("noGroup")}</option>
          {groups.map((group) => (
            <option key={group.id} value={group.id}>
              {group.label}
            </option>
          ))}
        </SelectField>
      </div>
      <Button type="submit" variant="secondary" disabled={isSubmitting}>
        {t("saveGroup")}
      </Button>
    </form>
  );
}
