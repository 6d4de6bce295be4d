"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { failureMessage } from "@/components/forms/use-zod-form";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { TextField } from "@/components/ui/form-controls";
import { Notice } from "@/components/ui/notice";
import { decidePayoutAction } from "@/lib/actions/admin/affiliates";
import type { AdminPayoutRow } from "@/lib/affiliates/list-payouts-for-admin";
import { formatAmount } from "@/lib/i18n/format-number";

type Decision = "approve" | "reject";

/** Mark paid (with the transfer's TrxID) or reject (with a reason) one waiting withdrawal, each confirmed first. */
export function PayoutDecision({ payout }: { payout: AdminPayoutRow }) {
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const [deciding, setDeciding] = useState<Decision | null>(null);
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const values = {
    amount: formatAmount(payout.amount, locale),
    number: payout.accountNumber ?? "",
    method: t(`affiliates.payouts.methods.${payout.method}`),
    email: payout.email,
  };
  const open = (decision: Decision) => () => {
    setError(null);
    setNote("");
    setDeciding(decision);
  };
  const decide = (decision: Decision) =>
    startTransition(async () => {
      const result = await decidePayoutAction({ payoutId: payout.id, decision, note });
      if (!result.success) return setError(failureMessage(result, t));
      setDeciding(null);
      toast.success(t(decision === "approve" ? "affiliatesAdmin.doneApprove" : "affiliatesAdmin.doneReject", values));
      router.refresh();
    });

  return (
    <div className="flex flex-wrap gap-2">
      <Button className="px-3 py-1 text-xs" disabled={pending} onClick={open("approve")}>
        {t("affiliatesAdmin.approve")}
      </Button>
      <Button variant="danger" className="px-3 py-1 text-xs" disabled={pending} onClick={open("reject")}>
        {t("affiliatesAdmin.reject")}
      </Button>
      {deciding ? (
        <ConfirmDialog
          open
          title={t(deciding === "approve" ? "affiliatesAdmin.approveTitle" : "affiliatesAdmin.rejectTitle", values)}
          description={t(deciding === "approve" ? "affiliatesAdmin.approveBody" : "affiliatesAdmin.rejectBody", values)}
          facts={[{ label: t("affiliatesAdmin.amount"), value: values.amount, testId: "confirm-amount" }]}
          confirmLabel={t(deciding === "approve" ? "affiliatesAdmin.approve" : "affiliatesAdmin.reject")}
          tone={deciding === "approve" ? "primary" : "danger"}
          busy={pending}
          canConfirm={note.trim().length >= 3}
          onConfirm={() => decide(deciding)}
          onCancel={() => setDeciding(null)}
        >
          {error ? <Notice tone="error">{error}</Notice> : null}
          <TextField
            id={`payout-note-${payout.id}`}
            label={t(deciding === "approve" ? "affiliatesAdmin.trxId" : "affiliatesAdmin.reason")}
            value={note}
            maxLength={deciding === "approve" ? 20 : 500}
            autoComplete="off"
            onChange={(event) => setNote(event.target.value)}
          />
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
