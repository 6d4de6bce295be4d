"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { refundPreview } from "@/lib/orders/admin/refund-preview";
import { SETTABLE_STATUSES, type AdminOrderStatus, type OrderActionInput } from "@/lib/orders/admin/schemas";
import { canMove } from "@/lib/orders/state-machine";
import { OrderActionConfirm, useOrderAction } from "./order-action-confirm";
import { NewStatusSelect, RemainsInput } from "./status-fields";

type Action = "forward" | "sync" | "setStatus" | "setPartial" | "cancel" | "complete";
type Settable = (typeof SETTABLE_STATUSES)[number];

/** Where each action takes the order, for the refund it gives back. */
const TARGET: Partial<Record<Action, string>> = { cancel: "CANCELED", setPartial: "PARTIAL", complete: "COMPLETED" };

/** What an admin can do with this order now; each is restated (with any refund) in a dialog before it runs. */
export function OrderActions({
  orderId,
  status,
  quantity,
  atProvider,
  canForward,
  charge,
  refunded,
  email,
}: {
  orderId: number;
  status: AdminOrderStatus;
  quantity: number;
  atProvider: boolean;
  canForward: boolean;
  charge: string;
  refunded: string;
  email: string;
}) {
  const t = useTranslations();
  const targets = SETTABLE_STATUSES.filter(
    (to) => canMove(status, to) && !(status === "UNCERTAIN" && (to === "PROCESSING" || to === "IN_PROGRESS")),
  );
  const available: Action[] = [
    ...(status === "PENDING" && canForward ? (["forward"] as const) : []),
    ...(atProvider && (status === "PROCESSING" || status === "IN_PROGRESS") ? (["sync"] as const) : []),
    ...(targets.length ? (["setStatus"] as const) : []),
    ...(canMove(status, "PARTIAL") ? (["setPartial"] as const) : []),
    ...(canMove(status, "CANCELED") ? (["cancel"] as const) : []),
    ...(canMove(status, "COMPLETED") ? (["complete"] as const) : []),
  ];
  const [open, setOpen] = useState<Action | null>(null);
  const [confirming, setConfirming] = useState<Action | null>(null);
  const [to, setTo] = useState<Settable>(targets[0] ?? "COMPLETED");
  const [remains, setRemains] = useState("");
  const { busy, error, setError, run } = useOrderAction({ onAnswer: () => setConfirming(null), onDone: () => setOpen(null) });

  if (available.length === 0) return <p className="text-sm text-slate-500">{t("ordersAdmin.detail.noActions")}</p>;

  const remainsValid = /^\d{1,9}$/.test(remains);
  const input = (action: Action): OrderActionInput => {
    if (action === "setStatus") return { action, orderId, to };
    if (action === "setPartial") return { action, orderId, remains: Number(remains) };
    return { action, orderId };
  };

  const choose = (action: Action) => {
    setError(null);
    if (action === "setStatus" || action === "setPartial") return setOpen(open === action ? null : action);
    setOpen(null);
    setConfirming(action);
  };

  const dialog = (action: Action) => {
    const target = action === "setStatus" ? to : TARGET[action];
    return (
      <OrderActionConfirm
        action={action}
        orderId={orderId}
        email={email}
        refund={
          target
            ? refundPreview({ to: target, remains: action === "setPartial" ? Number(remains) : null, charge, refunded, quantity })
            : null
        }
        status={t(`ordersAdmin.statuses.${to}`)}
        remains={remains}
        confirmLabel={t(`ordersAdmin.actions.${action}`)}
        busy={busy}
        onConfirm={() => run(input(action))}
        onCancel={() => setConfirming(null)}
      />
    );
  };

  return (
    <div className="space-y-3">
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="flex flex-wrap gap-2">
        {available.map((action) => (
          <Button
            key={action}
            variant={open === action ? "primary" : "secondary"}
            disabled={busy}
            aria-expanded={action === "setStatus" || action === "setPartial" ? open === action : undefined}
            onClick={() => choose(action)}
          >
            {t(`ordersAdmin.actions.${action}`)}
          </Button>
        ))}
      </div>
      {open ? (
        <div
          role="group"
          aria-label={t(`ordersAdmin.actions.${open}`)}
          className="flex flex-wrap items-end gap-3 rounded-md border border-slate-200 bg-slate-50 p-3 text-sm"
        >
          {open === "setStatus" ? <NewStatusSelect id="order-to" value={to} options={targets} onChange={setTo} /> : null}
          {open === "setPartial" ? (
            <RemainsInput
              id="order-remains"
              value={remains}
              onChange={setRemains}
              hint={t("ordersAdmin.actions.remainsHint", { quantity })}
              className="w-32"
            />
          ) : null}
          <Button disabled={busy || (open === "setPartial" && !remainsValid)} onClick={() => setConfirming(open)}>
            {t("ordersAdmin.bulk.review")}
          </Button>
        </div>
      ) : null}
      {confirming ? dialog(confirming) : null}
    </div>
  );
}
