"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { endActingAction } from "@/lib/actions/acting";

/** Ends acting as the customer and opens their admin page again. */
export function ReturnToAdminButton() {
  const t = useTranslations("acting");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  const leave = async () => {
    setBusy(true);
    const result = await endActingAction({});
    if (!result.success) {
      setBusy(false);
      setFailed(true);
      return;
    }
    router.push(`/admin/users/${result.data.customerId}`);
    router.refresh();
  };

  return (
    <div className="flex items-center gap-2">
      {failed ? <span role="alert">{t("returnFailed")}</span> : null}
      <Button type="button" variant="secondary" className="px-3 py-1 text-xs" disabled={busy} onClick={leave}>
        {t("return")}
      </Button>
    </div>
  );
}
