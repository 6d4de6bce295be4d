"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { toast } from "sonner";
import { useFormFailure } from "@/components/forms/use-form-failure";
import { useZodForm } from "@/components/forms/use-zod-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { saveBrandProfileAction } from "@/lib/actions/admin/brand";
import { brandProfileSchema, type BrandProfile } from "@/lib/brand/schemas";
import { BrandSection } from "./brand-section";
import { ColorField } from "./color-field";
import { TextAreaField } from "@/components/ui/form-controls";

const code = (chunks: ReactNode) => <code className="font-mono">{chunks}</code>;

/** The brand profile (/admin/settings/brand): one form, one audited setting; the logo and favicon are uploaded beside it. */
export function BrandProfileForm({ values }: { values: BrandProfile }) {
  const t = useTranslations("brandSettings");
  const router = useRouter();
  const form = useZodForm(brandProfileSchema, { defaultValues: values });
  const failure = useFormFailure(form);
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (input) => {
    failure.clear();
    const result = await saveBrandProfileAction(input);
    if (!result.success) return failure.report(result);
    form.reset(input);
    toast.success(t("saved"));
    router.refresh(); // the header, title and colour of this very page
  });
  const text = (name: keyof BrandProfile & string, hint?: ReactNode, type = "text") => (
    <Field label={t(`fields.${name}` as "fields.name")} type={type} hint={hint} error={errors[name]?.message} {...form.register(name)} />
  );
  const area = (name: keyof BrandProfile & string, maxLength: number, hint?: ReactNode, lang?: string) => (
    <TextAreaField
      label={t(`fields.${name}` as "fields.name")}
      rows={2}
      maxLength={maxLength}
      lang={lang}
      hint={hint}
      error={errors[name]?.message}
      {...form.register(name)}
    />
  );
  const check = (name: "showDeliveredOrders" | "showCustomers") => (
    <label className="flex items-center gap-2 text-sm text-slate-700">
      <input type="checkbox" className="h-4 w-4" {...form.register(name)} /> {t(`fields.${name}`)}
    </label>
  );
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-8">
      {failure.banner ? <Notice tone="error">{failure.banner}</Notice> : null}
      <BrandSection title={t("sections.identity")}>
        {text("name", t("fields.nameHint"))}
        <ColorField form={form} error={errors.color?.message} />
        {area("footerEn", 300, t("fields.footerHint"))}
        {area("footerBn", 300, undefined, "bn")}
      </BrandSection>
      <BrandSection title={t("sections.contact")} hint={t("sectionHints.contact")}>
        {text("supportEmail", undefined, "email")}
        {text("phone", undefined, "tel")}
        {text("whatsapp", t.rich("fields.whatsappHint", { c: code }))}
        {text("telegram", t.rich("fields.telegramHint", { c: code }))}
        {text("facebook", t.rich("fields.facebookHint", { c: code }), "url")}
        <div className="hidden sm:block" />
        {text("officeHoursEn")}
        {text("officeHoursBn")}
      </BrandSection>
      <BrandSection title={t("sections.seo")} hint={t("sectionHints.seo")}>
        <div className="space-y-1 sm:col-span-2">
          <label htmlFor="defaultLocale" className="block text-sm font-medium text-slate-700">
            {t("fields.defaultLocale")}
          </label>
          <select
            id="defaultLocale"
            className="block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
            aria-describedby="defaultLocale-hint"
            {...form.register("defaultLocale")}
          >
            <option value="en">{t("locales.en")}</option>
            <option value="bn">{t("locales.bn")}</option>
          </select>
          <p id="defaultLocale-hint" className="text-xs text-slate-500">
            {t("fields.defaultLocaleHint")}
          </p>
        </div>
        {text("seoTitleEn")}
        {text("seoTitleBn")}
        {area("seoDescriptionEn", 170)}
        {area("seoDescriptionBn", 170, undefined, "bn")}
      </BrandSection>
      <BrandSection title={t("sections.storefront")} hint={t("sectionHints.storefront")}>
        {check("showDeliveredOrders")}
        {check("showCustomers")}
      </BrandSection>
      <Button type="submit" disabled={isSubmitting}>
        {t("save")}
      </Button>
    </form>
  );
}
