"use client";

import { useLocale, useTranslations } from "next-intl";
import type { UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import { TextAreaField } from "@/components/ui/form-controls";
import { Field } from "@/components/ui/field";
import { BODY_MAX, TITLE_MAX, type announcementSchema } from "@/lib/announcements/schemas";
import { numberFormat } from "@/lib/i18n/format-number";

export type AnnouncementForm = UseFormReturn<z.input<typeof announcementSchema>, unknown, z.output<typeof announcementSchema>>;

/** The texts of an announcement in both languages and its importance; shared by the create and edit forms. */
export function AnnouncementFields({ form, prefix }: { form: AnnouncementForm; prefix: string }) {
  const t = useTranslations("announcements.admin.fields");
  const locale = useLocale();
  const { errors } = form.formState;
  const hint = t("bodyHint", { max: numberFormat(locale, 0).format(BODY_MAX) });
  return (
    <div className="space-y-4">
      <div className="grid gap-4 md:grid-cols-2">
        <div className="min-w-0 space-y-4">
          <Field
            id={`${prefix}-title-en`}
            label={t("titleEn")}
            maxLength={TITLE_MAX}
            error={errors.titleEn?.message}
            {...form.register("titleEn")}
          />
          <TextAreaField
            id={`${prefix}-body-en`}
            label={t("bodyEn")}
            rows={5}
            maxLength={BODY_MAX}
            hint={hint}
            error={errors.bodyEn?.message}
            {...form.register("bodyEn")}
          />
        </div>
        <div className="min-w-0 space-y-4">
          <Field
            id={`${prefix}-title-bn`}
            lang="bn"
            label={t("titleBn")}
            maxLength={TITLE_MAX}
            error={errors.titleBn?.message}
            {...form.register("titleBn")}
          />
          <TextAreaField
            id={`${prefix}-body-bn`}
            lang="bn"
            label={t("bodyBn")}
            rows={5}
            maxLength={BODY_MAX}
            hint={hint}
            error={errors.bodyBn?.message}
            {...form.register("bodyBn")}
          />
        </div>
      </div>
      <label htmlFor={`${prefix}-important`} className="flex items-start gap-2 text-sm text-slate-700">
        <input id={`${prefix}-important`} type="checkbox" className="mt-0.5" {...form.register("important")} />
        <span>{t("important")}</span>
      </label>
    </div>
  );
}
