"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { createManualOrderAction } from "@/lib/actions/admin/orders";
import { useFormFailure } from "@/components/forms/use-form-failure";
import { useZodForm } from "@/components/forms/use-zod-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { formatMoney } from "@/lib/money/format";
import { manualOrderSchema } from "@/lib/orders/admin/schemas";

const EMPTY = { userId: "", serviceId: "", link: "", quantity: "", adminNotes: "" };

/** Places an order for a customer; it is charged to their wallet like any order. */
export function ManualOrderForm() {
  const t = useTranslations();
  const locale = useLocale();
  const form = useZodForm(manualOrderSchema, { defaultValues: EMPTY });
  const failure = useFormFailure(form, Object.keys(EMPTY));
  const { errors, isSubmitting } = form.formState;
  // One id per order placed: a double click or a retried submit places it once.
  const [submissionId, setSubmissionId] = useState(() => crypto.randomUUID());
  const [notice, setNotice] = useState<{ tone: "error" | "success"; text: string; orderId?: number } | null>(null);

  const onSubmit = form.handleSubmit(async (values) => {
    setNotice(null);
    failure.clear();
    const result = await createManualOrderAction({ ...values, submissionId });
    if (!result.success) return failure.report(result);
    form.reset(EMPTY);
    setSubmissionId(crypto.randomUUID());
    setNotice({
      tone: "success",
      text: t("ordersAdmin.manual.done", { id: result.data.orderId, amount: formatMoney(result.data.totalCost, "BDT", locale) }),
      orderId: result.data.orderId,
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("ordersAdmin.manual.title")}>
      {notice ? (
        <Notice tone={notice.tone}>
          {notice.text}{" "}
          {notice.orderId ? (
            <Link href={`/admin/orders/${notice.orderId}`} className="font-medium underline">
              {t("ordersAdmin.manual.open")}
            </Link>
          ) : null}
        </Notice>
      ) : null}
      {failure.banner ? <Notice tone="error">{failure.banner}</Notice> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label={t("ordersAdmin.manual.user")}
          hint={t("ordersAdmin.manual.userHint")}
          autoComplete="off"
          error={errors.userId?.message}
          {...form.register("userId")}
        />
        <Field
          label={t("ordersAdmin.manual.serviceId")}
          inputMode="numeric"
          error={errors.serviceId?.message}
          {...form.register("serviceId")}
        />
        <Field label={t("ordersAdmin.manual.link")} type="url" error={errors.link?.message} {...form.register("link")} />
        <Field
          label={t("ordersAdmin.manual.quantity")}
          inputMode="numeric"
          error={errors.quantity?.message}
          {...form.register("quantity")}
        />
      </div>
      <div className="space-y-1">
        <label htmlFor="adminNotes" className="block text-sm font-medium text-slate-700">
          {t("ordersAdmin.manual.notes")}
        </label>
        <textarea
          id="adminNotes"
          rows={3}
          aria-invalid={errors.adminNotes ? true : undefined}
          className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
          {...form.register("adminNotes")}
        />
        {errors.adminNotes?.message ? <p className="text-xs text-red-600">{errors.adminNotes.message}</p> : null}
      </div>
      <p className="text-xs text-slate-500">{t("ordersAdmin.manual.chargeNote")}</p>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("common.working") : t("ordersAdmin.manual.submit")}
      </Button>
    </form>
  );
}
