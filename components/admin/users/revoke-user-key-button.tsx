"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { failureMessage } from "@/components/forms/use-zod-form";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { revokeUserApiKeyAction } from "@/lib/actions/admin/users";

/** An admin revokes one of a customer's API keys, after a confirmation naming it. */
export function RevokeUserKeyButton({ userId, keyId, name, prefix }: { userId: string; keyId: string; name: string; prefix: string }) {
  const t = useTranslations("adminUser.apiKeys");
  const tAll = useTranslations();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);

  const revoke = async () => {
    setBusy(true);
    const result = await revokeUserApiKeyAction({ userId, keyId });
    setBusy(false);
    setOpen(false);
    if (!result.success) return void toast.error(failureMessage(result, tAll));
    toast.success(t("revokedNotice"));
    router.refresh();
  };

  return (
    <>
      <Button type="button" variant="danger" className="px-2 py-1 text-xs" onClick={() => setOpen(true)}>
        {t("revoke")}
      </Button>
      <ConfirmDialog
        open={open}
        title={t("revokeTitle", { name })}
        description={t("revokeBody")}
        facts={[{ label: t("key"), value: `${prefix}…` }]}
        confirmLabel={t("revokeConfirm")}
        tone="danger"
        busy={busy}
        onConfirm={revoke}
        onCancel={() => setOpen(false)}
      />
    </>
  );
}
