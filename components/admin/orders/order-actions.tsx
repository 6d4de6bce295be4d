"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { orderActionAction } from "@/lib/actions/admin/orders";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { SETTABLE_STATUSES, type AdminOrderStatus, type OrderActionInput } from "@/lib/orders/admin/schemas";
import { canMove } from "@/lib/orders/state-machine";
import { useResultText } from "./use-result-text";
import { useFailureText } from "./use-failure-text";
import { NewStatusSelect, RemainsInput } from "./status-fields";

type Action = "forward" | "sync" | "setStatus" | "setPartial" | "cancel" | "complete";
type Settable = (typeof SETTABLE_STATUSES)[number];

/** What an admin can do with this order now, each behind a confirmation step. */
export function OrderActions({
  orderId,
  status,
  quantity,
  atProvider,
  canForward,
}: {
  orderId: number;
  status: AdminOrderStatus;
  quantity: number;
  atProvider: boolean;
  canForward: boolean;
}) {
  const t = useTranslations();
  const router = useRouter();
  const { forFailure } = useFailureText();
  const resultText = useResultText();
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
  const [to, setTo] = useState<Settable>(targets[0] ?? "COMPLETED");
  const [remains, setRemains] = useState("");
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ tone: "error" | "success"; text: string } | null>(null);

  if (available.length === 0) return <p className="text-sm text-slate-500">{t("ordersAdmin.detail.noActions")}</p>;

  const input = (action: Action): OrderActionInput => {
    if (action === "setStatus") return { action, orderId, to };
    if (action === "setPartial") return { action, orderId, remains: Number(remains) };
    return { action, orderId };
  };

  const run = async (action: Action) => {
    setBusy(true);
    setNotice(null);
    try {
      const answer = await orderActionAction(input(action));
      if (!answer.success) return setNotice({ tone: "error", text: forFailure(answer) });
      setNotice({ tone: "success", text: resultText(answer.data) });
      setOpen(null);
      router.refresh();
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="space-y-3">
      {notice ? <Notice tone={notice.tone}>{notice.text}</Notice> : null}
      <div className="flex flex-wrap gap-2">
        {available.map((action) => (
          <Button
            key={action}
            variant={open === action ? "primary" : "secondary"}
            disabled={busy}
            aria-expanded={open === action}
            onClick={() => setOpen(open === action ? null : action)}
          >
            {t(`ordersAdmin.actions.${action}`)}
          </Button>
        ))}
      </div>
      {open ? (
        <div
          role="group"
          aria-label={t(`ordersAdmin.actions.${open}`)}
          className="space-y-3 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm"
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
          <p>{t(`ordersAdmin.confirm.${open}`, { count: 1, status: t(`ordersAdmin.statuses.${to}`), remains: remains || "0" })}</p>
          <div className="flex gap-2">
            <Button
              variant={open === "cancel" ? "danger" : "primary"}
              disabled={busy || (open === "setPartial" && !/^\d{1,9}$/.test(remains))}
              onClick={() => run(open)}
            >
              {busy ? t("common.working") : t("ordersAdmin.bulk.confirm")}
            </Button>
            <Button variant="ghost" disabled={busy} onClick={() => setOpen(null)}>
              {t("ordersAdmin.bulk.back")}
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
