"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { requestCancelAction, requestRefillAction } from "@/lib/actions/user/orders";
import { failureMessage } from "@/components/forms/use-zod-form";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { formatAmount } from "@/lib/i18n/format-number";
import { localDigits } from "@/lib/i18n/local-digits";
import type { DisplayPrefs } from "@/lib/users/display-prefs";
import { displayAmount } from "./display-amount";
import type { Failure } from "@/lib/http/envelope";
import { problemFields } from "@/components/forms/failure-text";
import { OPEN_REQUEST_STATUSES } from "@/lib/orders/requests/request-states";
import type { OrderRow, RequestKind } from "./order-types";

const TONES: Record<string, "green" | "red" | "amber" | "blue"> = {
  COMPLETED: "green",
  REJECTED: "red",
  FAILED: "red",
  PENDING: "amber",
  SENT: "blue",
  IN_PROGRESS: "blue",
};

/**
 * The latest refill and cancel request of an order, and buttons to ask for one where the order allows it;
 * a cancel is restated (with what was charged, in the reader's currency when `prefs` is given) first.
 */
export function OrderRequests({ order, prefs }: { order: OrderRow; prefs?: DisplayPrefs }) {
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const [result, setResult] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [confirmCancel, setConfirmCancel] = useState(false);
  const [pending, startTransition] = useTransition();
  const charge = prefs ? displayAmount(order.charge, prefs, locale) : formatAmount(order.charge, locale);

  // "Order #5 cannot be refilled: …" names the order itself, so the field's name is left out.
  const explain = (failure: Failure) => problemFields(failure.error, t).orderId ?? failureMessage(failure, t);
  const status = (value: string) => (t.has(`orders.requestStatus.${value}`) ? t(`orders.requestStatus.${value}`) : value);

  const ask = (kind: RequestKind) =>
    startTransition(async () => {
      setResult(null);
      const outcome =
        kind === "refill" ? await requestRefillAction({ orderId: order.id }) : await requestCancelAction({ orderId: order.id });
      setConfirmCancel(false);
      if (!outcome.success) return setResult({ tone: "error", text: explain(outcome) });
      const accepted = outcome.data.status === "PENDING" || outcome.data.status === "SENT";
      if (accepted) toast.success(t(`feedback.orderRequest.${kind}`, { id: localDigits(String(order.id), locale) }));
      else setResult({ tone: "error", text: t("orders.list.requestNotAccepted", { status: status(outcome.data.status) }) });
      router.refresh(); // shows the new request's status
    });

  // A request still being handled blocks another of the same kind (the server refuses it too).
  const open = (kind: RequestKind) => (OPEN_REQUEST_STATUSES as readonly string[]).includes(order.requests[kind]?.status ?? "");

  return (
    <div className="min-w-44 space-y-1">
      <div className="flex flex-wrap gap-1">
        {(["refill", "cancel"] as const).map((kind) => {
          const request = order.requests[kind];
          return request ? (
            <span
              key={kind}
              className="whitespace-nowrap"
              title={request.message ?? undefined}
              data-testid={`order-${kind}-request-${order.id}`}
            >
              <Badge tone={TONES[request.status] ?? "slate"}>{t(`orders.list.${kind}State`, { status: status(request.status) })}</Badge>
            </span>
          ) : null;
        })}
      </div>
      <div className="flex flex-wrap gap-1">
        {order.canRefill && !open("refill") ? (
          <Button
            variant="secondary"
            disabled={pending}
            aria-label={t("orders.list.refillLabel", { id: localDigits(String(order.id), locale) })}
            onClick={() => ask("refill")}
          >
            {t("orders.list.refill")}
          </Button>
        ) : null}
        {order.canCancel && !open("cancel") ? (
          <Button
            variant="secondary"
            disabled={pending}
            aria-label={t("orders.list.cancelLabel", { id: localDigits(String(order.id), locale) })}
            onClick={() => {
              setResult(null);
              setConfirmCancel(true);
            }}
          >
            {t("orders.list.cancel")}
          </Button>
        ) : null}
        <ConfirmDialog
          open={confirmCancel}
          title={t("feedback.orderRequest.title", { id: localDigits(String(order.id), locale) })}
          description={t("feedback.orderRequest.body", { charge })}
          facts={[{ label: t("feedback.orderRequest.charged"), value: charge, testId: "confirm-amount" }]}
          confirmLabel={t("feedback.orderRequest.confirm")}
          tone="danger"
          busy={pending}
          onConfirm={() => ask("cancel")}
          onCancel={() => setConfirmCancel(false)}
        />
        <Link
          href={`/user/complaints/new?order=${order.id}`}
          className="self-center text-xs text-brand-700 hover:underline"
          aria-label={t("orders.list.reportProblemLabel", { id: localDigits(String(order.id), locale) })}
        >
          {t("orders.list.reportProblem")}
        </Link>
      </div>
      {result ? (
        <p
          role={result.tone === "error" ? "alert" : "status"}
          data-notice={result.tone}
          className={result.tone === "error" ? "text-xs text-red-700" : "text-xs text-emerald-700"}
        >
          {result.text}
        </p>
      ) : null}
    </div>
  );
}
