"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import type { z } from "zod";
import { useFormFailure } from "@/components/forms/use-form-failure";
import { useZodForm } from "@/components/forms/use-zod-form";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Notice } from "@/components/ui/notice";
import { createAnnouncementAction } from "@/lib/actions/admin/announcements";
import { announcementSchema } from "@/lib/announcements/schemas";
import { numberFormat } from "@/lib/i18n/format-number";
import { AnnouncementFields } from "./announcement-fields";

const EMPTY = { titleEn: "", titleBn: "", bodyEn: "", bodyBn: "", important: false };

/** A new announcement: checked, restated with how many customers its notice goes to, confirmed, then published once. */
export function AnnouncementCreateForm({ recipients }: { recipients: number }) {
  const t = useTranslations("announcements.admin");
  const locale = useLocale();
  const router = useRouter();
  const [review, setReview] = useState<z.output<typeof announcementSchema> | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useZodForm(announcementSchema, { defaultValues: EMPTY });
  const failure = useFormFailure(form);
  const { isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit((values) => {
    failure.clear();
    setReview(values);
  });

  const publish = async () => {
    setBusy(true);
    // The raw values go to the server, which parses them with the same schema.
    const result = await createAnnouncementAction(form.getValues());
    setBusy(false);
    setReview(null);
    if (!result.success) return failure.report(result);
    form.reset(EMPTY);
    toast.success(t("done.published"));
    router.refresh();
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("new")} className="space-y-4">
      {failure.banner ? <Notice tone="error">{failure.banner}</Notice> : null}
      <AnnouncementFields form={form} prefix="announcement-new" />
      <Button type="submit" disabled={isSubmitting || busy}>
        {t("publish")}
      </Button>
      {review ? (
        <ConfirmDialog
          open
          title={t("confirm.title")}
          description={t("confirm.body", { count: numberFormat(locale, 0).format(recipients), n: recipients })}
          facts={[
            { label: t("confirm.titleFact"), value: locale === "bn" ? review.titleBn : review.titleEn, testId: "confirm-title" },
            { label: t("confirm.importantFact"), value: review.important ? t("confirm.yes") : t("confirm.no") },
          ]}
          confirmLabel={t("confirm.action")}
          busy={busy}
          onConfirm={publish}
          onCancel={() => setReview(null)}
        />
      ) : null}
    </form>
  );
}
