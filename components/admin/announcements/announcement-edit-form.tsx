"use client";

import { useTranslations } from "next-intl";
import { useFormFailure } from "@/components/forms/use-form-failure";
import { useZodForm } from "@/components/forms/use-zod-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { updateAnnouncementAction } from "@/lib/actions/admin/announcements";
import type { AdminAnnouncement } from "@/lib/announcements/list-announcements";
import { announcementSchema } from "@/lib/announcements/schemas";
import { AnnouncementFields } from "./announcement-fields";

/** Inline edit of one announcement's texts and importance; its notices are never sent again. */
export function AnnouncementEditForm({
  announcement,
  title,
  onSaved,
  onCancel,
}: {
  announcement: AdminAnnouncement;
  /** Its title in the reader's language, naming the form. */
  title: string;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const t = useTranslations("announcements.admin");
  const tAll = useTranslations();
  const { titleEn, titleBn, bodyEn, bodyBn, important } = announcement;
  const form = useZodForm(announcementSchema, { defaultValues: { titleEn, titleBn, bodyEn, bodyBn, important } });
  const failure = useFormFailure(form);
  const { isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async () => {
    failure.clear();
    const result = await updateAnnouncementAction({ ...form.getValues(), id: announcement.id });
    if (!result.success) return failure.report(result);
    onSaved();
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("editNamed", { title })} className="space-y-4 py-3">
      {failure.banner ? <Notice tone="error">{failure.banner}</Notice> : null}
      <p className="text-sm text-slate-600">{t("editNote")}</p>
      <AnnouncementFields form={form} prefix={`announcement-${announcement.id}`} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? tAll("common.working") : t("save")}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={isSubmitting}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
