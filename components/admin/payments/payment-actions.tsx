"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { refundPaymentAction, retryGatewayRefundAction, reviewPaymentAction, riskHoldAction } from "@/lib/actions/admin/payments";
import { failureMessage } from "@/components/forms/use-zod-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { Envelope } from "@/lib/http/envelope";

type Props = { paymentId: string; status: string; method: string; riskHold: boolean; refundStatus: string | null };

/** What an admin may do to this payment now: approve/reject a manual one, refund, hold or release. */
export function PaymentActions({ paymentId, status, method, riskHold, refundStatus }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const [note, setNote] = useState("");
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const manual = method === "BKASH_MANUAL" || method === "NAGAD_MANUAL";
  const online = method === "SSLCOMMERZ" || method === "SANDBOX";
  const run = (work: () => Promise<Envelope<unknown>>) =>
    startTransition(async () => {
      setMessage(null);
      const result = await work();
      if (!result.success) return setMessage({ tone: "error", text: failureMessage(result, t) });
      setMessage({ tone: "success", text: t("paymentsAdmin.actions.done") });
      setNote("");
      router.refresh();
    });

  const canReview = manual && status === "SUBMITTED";
  const canRefund = status === "COMPLETED" || status === "APPROVED";
  const canHold = online && ["INITIATED", "PENDING", "EXPIRED"].includes(status);
  const canRetryRefund = method === "SSLCOMMERZ" && status === "REFUNDED" && refundStatus === "failed";
  if (!canReview && !canRefund && !canHold && !canRetryRefund) return null;

  return (
    <div className="space-y-3" data-testid="payment-actions">
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
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
            <Button disabled={pending} onClick={() => run(() => reviewPaymentAction({ paymentId, decision: "approve", note }))}>
              {t("paymentsAdmin.actions.approve")}
            </Button>
            <Button
              variant="danger"
              disabled={pending}
              onClick={() => run(() => reviewPaymentAction({ paymentId, decision: "reject", note }))}
            >
              {t("paymentsAdmin.actions.reject")}
            </Button>
          </>
        ) : null}
        {canRefund ? (
          <Button
            variant="danger"
            disabled={pending}
            title={t("paymentsAdmin.actions.confirmRefund")}
            onClick={() => run(() => refundPaymentAction({ paymentId, note }))}
          >
            {t("paymentsAdmin.actions.refund")}
          </Button>
        ) : null}
        {canHold ? (
          <Button variant="secondary" disabled={pending} onClick={() => run(() => riskHoldAction({ paymentId, hold: !riskHold, note }))}>
            {riskHold ? t("paymentsAdmin.actions.release") : t("paymentsAdmin.actions.hold")}
          </Button>
        ) : null}
        {canRetryRefund ? (
          <Button variant="secondary" disabled={pending} onClick={() => run(() => retryGatewayRefundAction({ paymentId }))}>
            {t("paymentsAdmin.actions.retryRefund")}
          </Button>
        ) : null}
      </div>
      {canRefund ? <p className="text-xs text-slate-500">{t("paymentsAdmin.actions.confirmRefund")}</p> : null}
    </div>
  );
}
