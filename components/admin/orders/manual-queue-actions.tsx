"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { orderActionAction } from "@/lib/actions/admin/orders";
import { Button } from "@/components/ui/button";
import { ConfirmDialog, type ConfirmFact } from "@/components/ui/confirm-dialog";
import { Notice } from "@/components/ui/notice";
import { formatAmount, numberFormat } from "@/lib/i18n/format-number";
import { localDigits } from "@/lib/i18n/local-digits";
import type { ManualQueueRow } from "@/lib/orders/admin/list-manual-queue";
import { refundPreview } from "@/lib/orders/admin/refund-preview";
import type { OrderActionInput } from "@/lib/orders/admin/schemas";
import { RemainsInput } from "./status-fields";
import { useFailureText } from "./use-failure-text";
import { useResultText } from "./use-result-text";

type Step = "start" | "complete" | "setPartial" | "cancel";
const TARGET = { start: "IN_PROGRESS", complete: "COMPLETED", setPartial: "PARTIAL", cancel: "CANCELED" } as const;

/**
 * Staff's moves on one waiting manual order: start it (in progress), complete it, mark it partial with
 * what was not delivered, or cancel it. The same order actions and confirmations as the order's own page:
 * each is restated with its refund in a dialog, and the customer is notified of a final status.
 */
export function ManualQueueActions({ order }: { order: ManualQueueRow }) {
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const { forFailure } = useFailureText();
  const resultText = useResultText();
  const [confirming, setConfirming] = useState<Step | null>(null);
  const [partial, setPartial] = useState(false);
  const [remains, setRemains] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const remainsValid = /^\d{1,9}$/.test(remains) && Number(remains) > 0;
  const steps: Step[] = [...(order.status === "IN_PROGRESS" ? [] : (["start"] as const)), "complete", "setPartial", "cancel"];

  const input = (step: Step): OrderActionInput => {
    if (step === "start") return { action: "setStatus", orderId: order.id, to: "IN_PROGRESS" };
    if (step === "setPartial") return { action: "setPartial", orderId: order.id, remains: Number(remains) };
    return { action: step, orderId: order.id };
  };

  const run = async (step: Step) => {
    setBusy(true);
    setError(null);
    try {
      const answer = await orderActionAction(input(step));
      setConfirming(null);
      if (!answer.success) return setError(forFailure(answer));
      toast.success(resultText(answer.data));
      setPartial(false);
      router.refresh();
    } finally {
      setBusy(false);
    }
  };

  const dialog = (step: Step) => {
    const to = TARGET[step];
    const refund = refundPreview({ ...order, to, remains: step === "setPartial" ? Number(remains) : null });
    const status = t(`ordersAdmin.statuses.${to}`);
    const action = step === "start" ? "setStatus" : step;
    const facts: ConfirmFact[] = [
      ...(refund ? [{ label: t("feedback.order.refund"), value: formatAmount(refund, locale), testId: "confirm-amount" }] : []),
      { label: t("feedback.order.customer"), value: order.user.email },
    ];
    return (
      <ConfirmDialog
        open
        title={t(`feedback.order.title.${action}`, { id: localDigits(String(order.id), locale), status })}
        description={t(`ordersAdmin.confirm.${action}`, { count: 1, status, remains: numberFormat(locale).format(Number(remains || 0)) })}
        facts={facts}
        confirmLabel={t(step === "start" ? "ordersAdmin.manualQueue.start" : `ordersAdmin.actions.${step}`)}
        tone={refund || step === "cancel" ? "danger" : "primary"}
        busy={busy}
        onConfirm={() => void run(step)}
        onCancel={() => setConfirming(null)}
      />
    );
  };

  return (
    <div className="space-y-2 text-left md:w-72">
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="flex flex-wrap gap-2">
        {steps.map((step) => (
          <Button
            key={step}
            variant={step === "complete" || (step === "setPartial" && partial) ? "primary" : "secondary"}
            disabled={busy}
            aria-expanded={step === "setPartial" ? partial : undefined}
            onClick={() => (step === "setPartial" ? setPartial(!partial) : setConfirming(step))}
          >
            {t(step === "start" ? "ordersAdmin.manualQueue.start" : `ordersAdmin.actions.${step}`)}
          </Button>
        ))}
      </div>
      {partial ? (
        <div role="group" aria-label={t("ordersAdmin.actions.setPartial")} className="flex flex-wrap items-end gap-2">
          <RemainsInput
            id={`queue-remains-${order.id}`}
            value={remains}
            onChange={setRemains}
            hint={t("ordersAdmin.actions.remainsHint", { quantity: order.quantity })}
            className="w-28"
          />
          <Button disabled={busy || !remainsValid} onClick={() => setConfirming("setPartial")}>
            {t("ordersAdmin.bulk.review")}
          </Button>
        </div>
      ) : null}
      {confirming ? dialog(confirming) : null}
    </div>
  );
}
