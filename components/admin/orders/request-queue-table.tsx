"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState, type ReactNode } from "react";
import { toast } from "sonner";
import { decideRequestAction } from "@/lib/actions/admin/orders";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { DataTable, type TableColumn } from "@/components/ui/data-table/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { formatAmount } from "@/lib/i18n/format-number";
import { localDigits } from "@/lib/i18n/local-digits";
import { refundPreview } from "@/lib/orders/admin/refund-preview";
import type { QueuedRequest } from "@/lib/orders/requests/admin/list-request-queue";
import { orderSummaryColumn, waitingColumn } from "./queue-columns";
import { useFailureText } from "./use-failure-text";

/** The queue, oldest first (paged on the server, so in its order); each row is settled on its own (done, or rejected with a note). */
export function RequestQueueTable({
  requests,
  locale,
  canManage,
  empty,
}: {
  requests: QueuedRequest[];
  locale: string;
  canManage: boolean;
  empty?: ReactNode;
}) {
  const t = useTranslations("ordersAdmin.queue");
  const columns = useMemo(() => queueColumns(t, locale, canManage), [t, locale, canManage]);
  return (
    <DataTable
      id="request-queue"
      columns={columns}
      rows={requests}
      rowId={(request) => request.id}
      rowAttributes={(request) => ({ "data-request-id": request.id })}
      empty={empty ?? <EmptyState text={t("empty")} />}
    />
  );
}

function queueColumns(
  t: ReturnType<typeof useTranslations<"ordersAdmin.queue">>,
  locale: string,
  canManage: boolean,
): TableColumn<QueuedRequest>[] {
  const columns: TableColumn<QueuedRequest>[] = [
    orderSummaryColumn(t("order"), locale, (request) => request.order),
    {
      id: "kind",
      meta: { label: t("kind"), className: "font-medium whitespace-nowrap" },
      header: t("kind"),
      cell: ({ row }) => t(row.original.kind),
    },
    {
      id: "customer",
      meta: { label: t("customer"), hideBelow: "xl", className: "wrap-anywhere md:min-w-44" },
      header: t("customer"),
      cell: ({ row }) => row.original.order?.user.email ?? "—",
    },
    waitingColumn(t("waiting"), locale, (request) => request.message),
  ];
  if (canManage) {
    columns.push({
      id: "decide",
      meta: { label: t("decide"), key: true, stick: "right" },
      header: t("decide"),
      cell: ({ row }) => <DecideRequest request={row.original} />,
    });
  }
  return columns;
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
  const orderId = localDigits(String(request.order?.id ?? ""), locale);
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
    <div className="space-y-2 text-left md:w-64">
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
