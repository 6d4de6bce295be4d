"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { failureMessage } from "@/components/forms/use-zod-form";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { deletePriceGroupAction } from "@/lib/actions/admin/pricing";
import { numberFormat } from "@/lib/i18n/format-number";

/** Deletes a price group after a confirmation that says how many customers go back to list prices. */
export function DeletePriceGroupButton({ id, name, members }: { id: string; name: string; members: number }) {
  const t = useTranslations("pricing.groups");
  const tAll = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);

  const remove = async () => {
    setBusy(true);
    const result = await deletePriceGroupAction({ id });
    setBusy(false);
    setOpen(false);
    if (!result.success) return void toast.error(failureMessage(result, tAll));
    toast.success(t("deleted", { name }));
    router.refresh();
  };

  return (
    <>
      <Button type="button" variant="secondary" onClick={() => setOpen(true)}>
        {t("delete")}
      </Button>
      <ConfirmDialog
        open={open}
        title={t("deleteTitle", { name })}
        description={t("deleteBody", { count: members, members: numberFormat(locale).format(members) })}
        confirmLabel={t("deleteConfirm")}
        tone="danger"
        busy={busy}
        onConfirm={remove}
        onCancel={() => setOpen(false)}
      />
    </>
  );
}
