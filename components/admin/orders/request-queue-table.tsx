"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { decideRequestAction } from "@/lib/actions/admin/orders";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Notice } from "@/components/ui/notice";
import { dateTimeFormat } from "@/lib/i18n/format-date";
import { formatAmount } from "@/lib/i18n/format-number";
import { refundPreview } from "@/lib/orders/admin/refund-preview";
import type { QueuedRequest } from "@/lib/orders/requests/admin/list-request-queue";
import { OrderStatusBadge } from "./order-status-badge";
import { useFailureText } from "./use-failure-text";

/** The queue, oldest first; each row is settled on its own (done, or rejected with a note). */
export function RequestQueueTable({ requests, locale, canManage }: { requests: QueuedRequest[]; locale: string; canManage: boolean }) {
  const t = useTranslations("ordersAdmin.queue");
  const dates = dateTimeFormat(locale);
  if (requests.length === 0) return <p className="text-sm text-slate-500">{t("empty")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm" data-testid="request-queue">
        <thead className="border-b border-slate-200 text-left text-xs text-slate-500 uppercase">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">
              {t("kind")}
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              {t("order")}
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              {t("customer")}
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              {t("waiting")}
            </th>
            <th scope="col" className="py-2 font-medium">
              {canManage ? t("decide") : null}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {requests.map((request) => (
            <tr key={request.id} data-request-id={request.id}>
              <td className="py-2 pr-4 font-medium">{t(request.kind)}</td>
              <td className="py-2 pr-4">
                {request.order ? (
                  <div className="space-y-1">
                    <Link href={`/admin/orders/${request.order.id}`} className="font-medium text-brand-700 hover:underline">
                      #{request.order.id}
                    </Link>{" "}
                    <OrderStatusBadge status={request.order.status} />
                    <div className="text-xs text-slate-500">
                      {request.order.service.name} · {request.order.quantity.toLocaleString(locale)}
                    </div>
                    <div className="max-w-56 truncate text-xs text-slate-500" title={request.order.link}>
                      {request.order.link}
                    </div>
                  </div>
                ) : (
                  "—"
                )}
              </td>
              <td className="py-2 pr-4">{request.order?.user.email ?? "—"}</td>
              <td className="py-2 pr-4 whitespace-nowrap text-slate-600">
                {dates.format(request.createdAt)}
                {request.message ? <div className="max-w-56 text-xs whitespace-normal text-slate-500">{request.message}</div> : null}
              </td>
              <td className="py-2">{canManage ? <DecideRequest request={request} /> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function DecideRequest({ request }: { request: QueuedRequest }) {
  const t = useTranslations("ordersAdmin.queue");
  const tFeedback = useTranslations("feedback.queue");
  const locale = useLocale();
  const router = useRouter();
  const { forFailure } = useFailureText();
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const orderId = String(request.order?.id ?? "");
  const refund = request.order ? refundPreview({ ...request.order, to: "CANCELED" }) : null;

  const decide = async (decision: "complete" | "reject") => {
    if (decision === "reject" && !note.trim()) return setError(t("noteRequired"));
    setBusy(true);
    setError(null);
    const answer = await decideRequestAction({ requestId: request.id, decision, ...(note.trim() ? { note: note.trim() } : {}) });
    setBusy(false);
    setConfirming(false);
    if (!answer.success) return setError(forFailure(answer));
    toast.success(tFeedback(`done.${decision === "reject" ? "reject" : request.kind}`, { id: orderId }));
    router.refresh();
  };

  return (
    <div className="w-64 space-y-2">
      {error ? <Notice tone="error">{error}</Notice> : null}
      <label className="block text-xs text-slate-600">
        {t("note")}
        <input
          value={note}
          maxLength={500}
          onChange={(event) => setNote(event.target.value)}
          className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1 text-sm"
        />
      </label>
      <div className="flex gap-2">
        <Button disabled={busy} onClick={() => (request.kind === "cancel" ? setConfirming(true) : decide("complete"))}>
          {request.kind === "cancel" ? t("completeCancel") : t("completeRefill")}
        </Button>
        <Button variant="secondary" disabled={busy} onClick={() => decide("reject")}>
          {t("reject")}
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t("confirmCancel", { id: orderId })}
        description={tFeedback("body", { email: request.order?.user.email ?? "" })}
        facts={refund ? [{ label: tFeedback("refund"), value: formatAmount(refund, locale), testId: "confirm-amount" }] : []}
        confirmLabel={t("completeCancel")}
        tone="danger"
        busy={busy}
        onConfirm={() => void decide("complete")}
        onCancel={() => setConfirming(false)}
      />
    </div>
  );
}
