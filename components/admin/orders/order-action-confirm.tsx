"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { orderActionAction } from "@/lib/actions/admin/orders";
import { ConfirmDialog, type ConfirmFact } from "@/components/ui/confirm-dialog";
import { formatAmount, numberFormat } from "@/lib/i18n/format-number";
import { localDigits } from "@/lib/i18n/local-digits";
import type { OrderActionInput } from "@/lib/orders/admin/schemas";
import { useFailureText } from "./use-failure-text";
import { useResultText } from "./use-result-text";

/**
 * Runs one confirmed order action: the refusal in the reader's language, or a toast of what it did and a
 * fresh page. `onAnswer` runs on any answer (closing the dialog), `onDone` only after success.
 */
export function useOrderAction({ onAnswer, onDone }: { onAnswer: () => void; onDone: () => void }) {
  const router = useRouter();
  const { forFailure } = useFailureText();
  const resultText = useResultText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (input: OrderActionInput) => {
    setBusy(true);
    setError(null);
    try {
      const answer = await orderActionAction(input);
      onAnswer();
      if (!answer.success) return setError(forFailure(answer));
      toast.success(resultText(answer.data));
      onDone();
      router.refresh();
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, setError, run };
}

type ConfirmProps = {
  /** The action's key in feedback.order.title and ordersAdmin.confirm. */
  action: string;
  orderId: number;
  email: string;
  /** What the action gives back, if anything (then the dialog is a danger one). */
  refund: string | null;
  /** The status named in the texts, in the reader's language. */
  status: string;
  remains: string;
  confirmLabel: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/** The dialog that restates one order action (its refund and its customer) before it runs. */
export function OrderActionConfirm({
  action,
  orderId,
  email,
  refund,
  status,
  remains,
  confirmLabel,
  busy,
  onConfirm,
  onCancel,
}: ConfirmProps) {
  const t = useTranslations();
  const locale = useLocale();
  const facts: ConfirmFact[] = [
    ...(refund ? [{ label: t("feedback.order.refund"), value: formatAmount(refund, locale), testId: "confirm-amount" }] : []),
    { label: t("feedback.order.customer"), value: email },
  ];
  return (
    <ConfirmDialog
      open
      title={t(`feedback.order.title.${action as "cancel"}`, { id: localDigits(String(orderId), locale), status })}
      description={t(`ordersAdmin.confirm.${action as "cancel"}`, {
        count: 1,
        status,
        remains: numberFormat(locale).format(Number(remains || 0)),
      })}
      facts={facts}
      confirmLabel={confirmLabel}
      tone={refund || action === "cancel" ? "danger" : "primary"}
      busy={busy}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}
