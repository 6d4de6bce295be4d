"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { refundPaymentAction, retryGatewayRefundAction, reviewPaymentAction, riskHoldAction } from "@/lib/actions/admin/payments";
import { failureMessage } from "@/components/forms/use-zod-form";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Notice } from "@/components/ui/notice";
import type { Envelope } from "@/lib/http/envelope";
import { formatAmount } from "@/lib/i18n/format-number";

type Props = {
  paymentId: string;
  status: string;
  method: string;
  riskHold: boolean;
  refundStatus: string | null;
  amount: string;
  /** The deposit bonus credited with the payment (lib/payments/bonus): a refund takes it back too. */
  bonusAmount?: string | null;
  email: string;
};
/** The actions that move money (or refuse to), each confirmed in a dialog first. */
type MoneyAction = "approve" | "reject" | "refund" | "retryRefund";

/** What an admin may do to this payment now: approve/reject a manual one, refund, hold or release. */
export function PaymentActions({ paymentId, status, method, riskHold, refundStatus, amount, bonusAmount = null, email }: Props) {
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<MoneyAction | null>(null);
  const [pending, startTransition] = useTransition();
  const manual = method === "BKASH_MANUAL" || method === "NAGAD_MANUAL";
  const online = method === "SSLCOMMERZ" || method === "SANDBOX";
  const values = { amount: formatAmount(amount, locale), email };
  const bonus = bonusAmount === null ? null : formatAmount(bonusAmount, locale);

  const run = (work: () => Promise<Envelope<unknown>>, done: string) =>
    startTransition(async () => {
      setError(null);
      const result = await work();
      setConfirming(null);
      if (!result.success) return setError(failureMessage(result, t));
      toast.success(done);
      setNote("");
      router.refresh();
    });

  const perform: Record<MoneyAction, () => void> = {
    approve: () => run(() => reviewPaymentAction({ paymentId, decision: "approve", note }), t("feedback.payment.done.approve", values)),
    reject: () => run(() => reviewPaymentAction({ paymentId, decision: "reject", note }), t("feedback.payment.done.reject", values)),
    refund: () => run(() => refundPaymentAction({ paymentId, note }), t("feedback.payment.done.refund", values)),
    retryRefund: () => run(() => retryGatewayRefundAction({ paymentId }), t("feedback.payment.done.retryRefund", values)),
  };

  const canReview = manual && status === "SUBMITTED";
  const canRefund = status === "COMPLETED" || status === "APPROVED";
  const canHold = online && ["INITIATED", "PENDING", "EXPIRED"].includes(status);
  const canRetryRefund = method === "SSLCOMMERZ" && status === "REFUNDED" && refundStatus === "failed";
  if (!canReview && !canRefund && !canHold && !canRetryRefund) return null;

  const ask = (action: MoneyAction) => () => {
    setError(null);
    setConfirming(action);
  };

  return (
    <div className="space-y-3" data-testid="payment-actions">
      {error ? <Notice tone="error">{error}</Notice> : null}
      <label className="block text-sm font-medium text-slate-700">
        {t("paymentsAdmin.actions.note")}
        <textarea
          value={note}
          onChange={(event) => setNote(event.target.value)}
          rows={2}
          maxLength={500}
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
        />
      </label>
      <div className="flex flex-wrap gap-2">
        {canReview ? (
          <>
            <Button disabled={pending} onClick={ask("approve")}>
              {t("paymentsAdmin.actions.approve")}
            </Button>
            <Button variant="danger" disabled={pending} onClick={ask("reject")}>
              {t("paymentsAdmin.actions.reject")}
            </Button>
          </>
        ) : null}
        {canRefund ? (
          <Button variant="danger" disabled={pending} onClick={ask("refund")}>
            {t("paymentsAdmin.actions.refund")}
          </Button>
        ) : null}
        {canHold ? (
          <Button
            variant="secondary"
            disabled={pending}
            onClick={() =>
              run(
                () => riskHoldAction({ paymentId, hold: !riskHold, note }),
                t(riskHold ? "feedback.payment.done.release" : "feedback.payment.done.hold"),
              )
            }
          >
            {riskHold ? t("paymentsAdmin.actions.release") : t("paymentsAdmin.actions.hold")}
          </Button>
        ) : null}
        {canRetryRefund ? (
          <Button variant="secondary" disabled={pending} onClick={ask("retryRefund")}>
            {t("paymentsAdmin.actions.retryRefund")}
          </Button>
        ) : null}
      </div>
      {canRefund ? (
        <p className="text-xs text-slate-500">
          {t("paymentsAdmin.actions.confirmRefund")}
          {bonus ? ` ${t("paymentsAdmin.actions.confirmRefundBonus", { bonus })}` : null}
        </p>
      ) : null}
      {confirming ? (
        <ConfirmDialog
          open
          title={t(`feedback.payment.title.${confirming}`, values)}
          description={t(`feedback.payment.body.${confirming}`, values)}
          facts={[
            { label: t("feedback.payment.amount"), value: values.amount, testId: "confirm-amount" },
            ...(bonus && confirming === "refund"
              ? [{ label: t("paymentsAdmin.detail.bonus"), value: bonus, testId: "confirm-bonus" }]
              : []),
            { label: t("feedback.payment.customer"), value: email },
            ...(note.trim() && confirming !== "retryRefund" ? [{ label: t("feedback.payment.note"), value: note.trim() }] : []),
          ]}
          confirmLabel={t(`feedback.payment.confirm.${confirming}`, values)}
          tone={confirming === "approve" ? "primary" : "danger"}
          busy={pending}
          onConfirm={perform[confirming]}
          onCancel={() => setConfirming(null)}
        />
      ) : null}
    </div>
  );
}
