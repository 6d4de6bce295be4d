"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { ManualQueueRow } from "@/lib/orders/admin/list-manual-queue";
import { refundPreview } from "@/lib/orders/admin/refund-preview";
import type { OrderActionInput } from "@/lib/orders/admin/schemas";
import { OrderActionConfirm, useOrderAction } from "./order-action-confirm";
import { RemainsInput } from "./status-fields";

type Step = "start" | "complete" | "setPartial" | "cancel";
const TARGET = { start: "IN_PROGRESS", complete: "COMPLETED", setPartial: "PARTIAL", cancel: "CANCELED" } as const;

/**
 * Staff's moves on one waiting manual order: start it (in progress), complete it, mark it partial with
 * what was not delivered, or cancel it. The same order actions and confirmations as the order's own page:
 * each is restated with its refund in a dialog, and the customer is notified of a final status.
 */
export function ManualQueueActions({ order }: { order: ManualQueueRow }) {
  const t = useTranslations();
  const [confirming, setConfirming] = useState<Step | null>(null);
  const [partial, setPartial] = useState(false);
  const [remains, setRemains] = useState("");
  const { busy, error, run } = useOrderAction({ onAnswer: () => setConfirming(null), onDone: () => setPartial(false) });
  const remainsValid = /^\d{1,9}$/.test(remains) && Number(remains) > 0;
  const steps: Step[] = [...(order.status === "IN_PROGRESS" ? [] : (["start"] as const)), "complete", "setPartial", "cancel"];
  const label = (step: Step) => t(step === "start" ? "ordersAdmin.manualQueue.start" : `ordersAdmin.actions.${step}`);

  const input = (step: Step): OrderActionInput => {
    if (step === "start") return { action: "setStatus", orderId: order.id, to: "IN_PROGRESS" };
    if (step === "setPartial") return { action: "setPartial", orderId: order.id, remains: Number(remains) };
    return { action: step, orderId: order.id };
  };

  const dialog = (step: Step) => (
    <OrderActionConfirm
      action={step === "start" ? "setStatus" : step}
      orderId={order.id}
      email={order.user.email}
      refund={refundPreview({ ...order, to: TARGET[step], remains: step === "setPartial" ? Number(remains) : null })}
      status={t(`ordersAdmin.statuses.${TARGET[step]}`)}
      remains={remains}
      confirmLabel={label(step)}
      busy={busy}
      onConfirm={() => void run(input(step))}
      onCancel={() => setConfirming(null)}
    />
  );

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
            {label(step)}
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
