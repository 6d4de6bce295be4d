"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { failureMessage } from "@/components/forms/use-zod-form";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { archiveAnnouncementAction } from "@/lib/actions/admin/announcements";

/** Archive, after a confirmation that says what disappears and what stays. */
export function ArchiveAnnouncementButton({ id, title }: { id: number; title: string }) {
  const t = useTranslations("announcements.admin");
  const tAll = useTranslations();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  const archive = async () => {
    setBusy(true);
    const result = await archiveAnnouncementAction({ id });
    setBusy(false);
    setConfirming(false);
    if (!result.success) return void toast.error(failureMessage(result, tAll));
    toast.success(t("done.archived"));
    router.refresh();
  };

  return (
    <>
      <Button variant="secondary" className="px-3 py-1" aria-label={t("archiveNamed", { title })} onClick={() => setConfirming(true)}>
        {t("archive")}
      </Button>
      {confirming ? (
        <ConfirmDialog
          open
          title={t("archiveConfirm.title")}
          description={t("archiveConfirm.body", { title })}
          confirmLabel={t("archiveConfirm.action")}
          tone="danger"
          busy={busy}
          onConfirm={archive}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </>
  );
}
