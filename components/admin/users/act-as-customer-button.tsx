"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { failureMessage } from "@/components/forms/use-zod-form";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { startActingAction } from "@/lib/actions/acting";

/** Opens the panel as this customer sees it, after a confirmation that says it is read-only and audited. */
export function ActAsCustomerButton({ userId, name }: { userId: string; name: string }) {
  const t = useTranslations("acting");
  const tAll = useTranslations();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);

  const start = async () => {
    setBusy(true);
    const result = await startActingAction({ userId });
    if (!result.success) {
      setBusy(false);
      setOpen(false);
      return void toast.error(failureMessage(result, tAll));
    }
    router.push("/user/dashboard");
    router.refresh();
  };

  return (
    <>
      <Button type="button" variant="secondary" onClick={() => setOpen(true)}>
        {t("open")}
      </Button>
      <ConfirmDialog
        open={open}
        title={t("confirmTitle", { name })}
        description={t("confirmBody")}
        confirmLabel={t("confirm")}
        busy={busy}
        onConfirm={start}
        onCancel={() => setOpen(false)}
      />
    </>
  );
}
