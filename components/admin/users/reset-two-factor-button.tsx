"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { failureMessage } from "@/components/forms/use-zod-form";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { resetUserTwoFactorAction } from "@/lib/actions/admin/users";

/** An admin resets another user's second factor, after a confirmation naming them. */
export function ResetTwoFactorButton({ userId, name }: { userId: string; name: string }) {
  const t = useTranslations("security.admin");
  const tAll = useTranslations();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);

  const reset = async () => {
    setBusy(true);
    const result = await resetUserTwoFactorAction({ userId });
    setBusy(false);
    setOpen(false);
    if (!result.success) return void toast.error(failureMessage(result, tAll));
    toast.success(t("resetDone"));
    router.refresh();
  };

  return (
    <>
      <Button type="button" variant="danger" className="px-2 py-1 text-xs" onClick={() => setOpen(true)}>
        {t("reset")}
      </Button>
      <ConfirmDialog
        open={open}
        title={t("resetTitle", { name })}
        description={t("resetBody")}
        facts={[{ label: t("account"), value: name }]}
        confirmLabel={t("resetConfirm")}
        tone="danger"
        busy={busy}
        onConfirm={reset}
        onCancel={() => setOpen(false)}
      />
    </>
  );
}
