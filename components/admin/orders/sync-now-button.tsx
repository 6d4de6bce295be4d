"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { syncNowAction } from "@/lib/actions/admin/orders";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useFailureText } from "./use-failure-text";

/** Runs a status sync now (a SyncRun with trigger "admin") and says what it did. */
export function SyncNowButton() {
  const t = useTranslations();
  const router = useRouter();
  const { forFailure } = useFailureText();
  const [force, setForce] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ tone: "error" | "success" | "info"; text: string } | null>(null);

  const run = async () => {
    setBusy(true);
    setNotice(null);
    try {
      const answer = await syncNowAction({ forceSync: force });
      if (!answer.success) return setNotice({ tone: "error", text: forFailure(answer) });
      const { syncedOrders, changed, refunded, errors } = answer.data;
      setNotice({
        tone: errors.length ? "info" : "success",
        text: t("ordersAdmin.sync.done", { synced: syncedOrders, changed, refunded, errors: errors.length }),
      });
      router.refresh();
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="space-y-3">
      {notice ? <Notice tone={notice.tone}>{notice.text}</Notice> : null}
      <div className="flex flex-wrap items-center gap-4">
        <Button onClick={run} disabled={busy}>
          {busy ? t("ordersAdmin.sync.running") : t("ordersAdmin.sync.now")}
        </Button>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={force} onChange={(event) => setForce(event.target.checked)} />
          {t("ordersAdmin.sync.force")}
        </label>
      </div>
      <p className="text-xs text-slate-500">{t("ordersAdmin.sync.hint")}</p>
    </div>
  );
}
