"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { bulkOrderActionAction } from "@/lib/actions/admin/orders";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Notice } from "@/components/ui/notice";
import { formatAmount, numberFormat } from "@/lib/i18n/format-number";
import { bulkRefundPreview, type RefundPreviewInput } from "@/lib/orders/admin/refund-preview";
import { canMove } from "@/lib/orders/state-machine";
import type { BulkResult } from "@/lib/orders/admin/bulk-order-action";
import { SETTABLE_STATUSES, type AdminOrderStatus, type BulkOrderActionInput } from "@/lib/orders/admin/schemas";
import { BulkResultSummary } from "./action-result";
import { CONTROL, NewStatusSelect, RemainsInput } from "./status-fields";
import { useFailureText } from "./use-failure-text";

const ACTIONS = ["forward", "resend", "sync", "setStatus", "setPartial", "cancel", "complete"] as const;
type Action = (typeof ACTIONS)[number];
type Settable = (typeof SETTABLE_STATUSES)[number];
type Chosen = Omit<RefundPreviewInput, "to" | "remains"> & { id: number; status: AdminOrderStatus };

/** Where each action takes the orders, for the refunds it gives back. */
const TARGET: Partial<Record<Action, AdminOrderStatus>> = { cancel: "CANCELED", setPartial: "PARTIAL" };

/**
 * The same action on the ticked orders: pick it (and its status or remains), review what will happen
 * (with the most it refunds, from the ticked `orders`) in a dialog, confirm; then the summary says how
 * many changed and why the others were skipped.
 */
export function OrdersBulkBar({ orderIds, orders = [], onDone }: { orderIds: number[]; orders?: Chosen[]; onDone: () => void }) {
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const { forFailure } = useFailureText();
  const [action, setAction] = useState<Action>("sync");
  const [to, setTo] = useState<Settable>("COMPLETED");
  const [remains, setRemains] = useState("");
  const [reviewing, setReviewing] = useState(false);
  const [understood, setUnderstood] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<BulkResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const none = orderIds.length === 0;
  const remainsValid = /^\d{1,9}$/.test(remains) && Number(remains) > 0;
  const target = action === "setStatus" ? to : TARGET[action];
  // Only orders the move may take count: the rest are skipped and refund nothing.
  const chosen = orders.filter((order) => orderIds.includes(order.id) && (!target || canMove(order.status, target)));
  const refund = target ? bulkRefundPreview(chosen, target, action === "setPartial" ? Number(remains) : null) : null;

  const input = (): BulkOrderActionInput => {
    if (action === "setStatus") return { action, to, orderIds };
    if (action === "setPartial") return { action, remains: Number(remains), orderIds };
    if (action === "resend") return { action, confirm: true, orderIds };
    return { action, orderIds };
  };

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const answer = await bulkOrderActionAction(input());
      setReviewing(false);
      setUnderstood(false);
      if (!answer.success) return setError(forFailure(answer));
      setResult(answer.data);
      toast.success(t("ordersAdmin.result.summary", { ok: answer.data.ok, skipped: answer.data.skipped.length }));
      onDone();
      router.refresh();
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-label={t("ordersAdmin.bulk.title")} className="space-y-3 rounded-md border border-slate-200 bg-slate-50 p-3">
      {error ? <Notice tone="error">{error}</Notice> : null}
      {result ? <BulkResultSummary result={result} /> : null}
      <div className="flex flex-wrap items-end gap-2">
        <p className="mr-2 self-center text-sm font-medium text-slate-700" data-testid="bulk-selected">
          {t("ordersAdmin.bulk.selected", { count: orderIds.length })}
        </p>
        <div className="space-y-1">
          <label htmlFor="bulk-order-action" className="block text-xs font-medium text-slate-600">
            {t("ordersAdmin.bulk.action")}
          </label>
          <select
            id="bulk-order-action"
            value={action}
            disabled={reviewing}
            onChange={(event) => setAction(event.target.value as Action)}
            className={CONTROL}
          >
            {ACTIONS.map((value) => (
              <option key={value} value={value}>
                {t(`ordersAdmin.actions.${value}`)}
              </option>
            ))}
          </select>
        </div>
        {action === "setStatus" ? (
          <NewStatusSelect id="bulk-order-to" value={to} options={SETTABLE_STATUSES} disabled={reviewing} onChange={setTo} />
        ) : null}
        {action === "setPartial" ? (
          <RemainsInput id="bulk-order-remains" value={remains} disabled={reviewing} onChange={setRemains} className="w-28" />
        ) : null}
        <Button
          variant="secondary"
          disabled={none || busy || (action === "setPartial" && !remainsValid)}
          onClick={() => {
            setResult(null);
            setError(null);
            setReviewing(true);
          }}
        >
          {t("ordersAdmin.bulk.review")}
        </Button>
      </div>
      <ConfirmDialog
        open={reviewing}
        title={t(`feedback.bulk.title.${action}`, { count: orderIds.length, status: t(`ordersAdmin.statuses.${to}`) })}
        description={t(`ordersAdmin.confirm.${action}`, {
          count: orderIds.length,
          status: t(`ordersAdmin.statuses.${to}`),
          remains: numberFormat(locale).format(Number(remains || 0)),
        })}
        facts={refund ? [{ label: t("feedback.bulk.refund"), value: formatAmount(refund, locale), testId: "confirm-amount" }] : []}
        confirmLabel={t(`ordersAdmin.actions.${action}`)}
        tone={action === "cancel" || action === "resend" || refund ? "danger" : "primary"}
        busy={busy}
        canConfirm={!none && (action !== "resend" || understood)}
        onConfirm={() => void run()}
        onCancel={() => {
          setReviewing(false);
          setUnderstood(false);
        }}
      >
        {action === "resend" ? (
          <label className="flex items-start gap-2 text-sm">
            <input type="checkbox" checked={understood} onChange={(event) => setUnderstood(event.target.checked)} className="mt-0.5" />
            <span>{t("ordersAdmin.resolve.resendUnderstood")}</span>
          </label>
        ) : null}
      </ConfirmDialog>
    </section>
  );
}
