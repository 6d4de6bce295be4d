"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { localDigits } from "@/lib/i18n/local-digits";
import { categoryLabel, categoryLabelMark } from "@/lib/complaints/category-label";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { COMPLAINT_PRIORITIES } from "@/lib/complaints/lifecycle";
import { DESCRIPTION_MAX, TITLE_MAX } from "@/lib/complaints/schemas";
import { FieldError, inputClass } from "./field-error";
import { sendForm, type FieldErrors } from "./send-form";
import { useDirectUploads } from "./use-direct-uploads";

type Props = {
  directUploads: boolean;
  categories: { id: string; name: string; nameBn: string | null }[];
  orders: { id: number; label: string }[];
  payments: { id: string; label: string }[];
  preselectedOrderId?: number;
  preselectedPaymentId?: string;
};

/** Files a case as multipart (images included); the server checks everything and names the field that failed. */
export function NewComplaintForm({ directUploads, categories, orders, payments, preselectedOrderId, preselectedPaymentId }: Props) {
  const t = useTranslations("complaints.form");
  const tAll = useTranslations();
  const locale = useLocale();
  const tPriority = useTranslations("complaints.priority");
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const moveImagesToUploadThing = useDirectUploads(directUploads);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    const form = new FormData(event.currentTarget);
    const refused = await moveImagesToUploadThing(form);
    if (refused) {
      setPending(false);
      setErrors(refused);
      setFailure(refused.files);
      return;
    }
    const result = await sendForm<{ id: number }>("/api/complaints", "POST", form, tAll);
    if (result.ok) {
      router.push(`/user/complaints/${result.data.id}`);
      return;
    }
    setPending(false);
    setErrors(result.fields);
    setFailure(result.message);
  }

  return (
    <form onSubmit={submit} className="space-y-4" encType="multipart/form-data" noValidate>
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="space-y-1">
          <label htmlFor="categoryId" className="block text-sm font-medium text-slate-700">
            {t("category")}
          </label>
          <select
            id="categoryId"
            name="categoryId"
            required
            defaultValue=""
            className={inputClass}
            aria-invalid={Boolean(errors.categoryId) || undefined}
          >
            <option value="" disabled>
              {t("chooseCategory")}
            </option>
            {categories.map((category) => (
              <option key={category.id} value={category.id} {...categoryLabelMark(category, locale)}>
                {categoryLabel(category, locale)}
              </option>
            ))}
          </select>
          <FieldError id="categoryId" message={errors.categoryId} />
        </div>
        <div className="space-y-1">
          <label htmlFor="priority" className="block text-sm font-medium text-slate-700">
            {t("priority")}
          </label>
          <select id="priority" name="priority" defaultValue="MEDIUM" className={inputClass}>
            {COMPLAINT_PRIORITIES.map((priority) => (
              <option key={priority} value={priority}>
                {tPriority(priority)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="space-y-1">
        <label htmlFor="title" className="block text-sm font-medium text-slate-700">
          {t("caseTitle")}
        </label>
        <input
          id="title"
          name="title"
          required
          maxLength={TITLE_MAX}
          className={inputClass}
          aria-invalid={Boolean(errors.title) || undefined}
        />
        <FieldError id="title" message={errors.title} />
      </div>
      <div className="space-y-1">
        <label htmlFor="description" className="block text-sm font-medium text-slate-700">
          {t("description")}
        </label>
        <textarea
          id="description"
          name="description"
          required
          rows={6}
          maxLength={DESCRIPTION_MAX}
          className={inputClass}
          aria-invalid={Boolean(errors.description) || undefined}
        />
        <FieldError id="description" message={errors.description} />
      </div>
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-slate-700">{t("orders")}</legend>
        {orders.length === 0 ? <p className="text-sm text-slate-500">{t("noOrders")}</p> : null}
        <div className="max-h-48 space-y-1 overflow-y-auto">
          {orders.map((order) => (
            <label key={order.id} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="orderIds" value={order.id} defaultChecked={order.id === preselectedOrderId} />
              <span>
                #{localDigits(String(order.id), locale)} · <span data-user-text>{order.label}</span>
              </span>
            </label>
          ))}
        </div>
        <FieldError id="orderIds" message={errors.orderIds} />
      </fieldset>
      <div className="space-y-1">
        <label htmlFor="paymentId" className="block text-sm font-medium text-slate-700">
          {t("payment")}
        </label>
        <select
          id="paymentId"
          name="paymentId"
          defaultValue={preselectedPaymentId ?? ""}
          className={inputClass}
          aria-invalid={Boolean(errors.paymentId) || undefined}
        >
          <option value="">{t("noPayment")}</option>
          {payments.map((payment) => (
            <option key={payment.id} value={payment.id}>
              {payment.label}
            </option>
          ))}
        </select>
        <FieldError id="paymentId" message={errors.paymentId} />
      </div>
      <div className="space-y-1">
        <label htmlFor="files" className="block text-sm font-medium text-slate-700">
          {t("images")}
        </label>
        <input id="files" name="files" type="file" multiple accept="image/jpeg,image/png,image/webp" className="block text-sm" />
        <p className="text-xs text-slate-500">{t("imagesHint")}</p>
        <FieldError id="files" message={errors.files} />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? t("sending") : t("submit")}
      </Button>
    </form>
  );
}
