"use client";

import { useLocale, useTranslations } from "next-intl";
import { formatMoney } from "@/lib/money/format";

type Answer =
  | { status: string; refunded: string | null; from: string }
  | { status: string; outcome: string; providerOrderId: string | null; message: string | null }
  | { status: string; resolution: "attached"; providerOrderId: string }
  | { syncedOrders: number; changed: number; refunded: number; errors: unknown[] };

/** One sentence for what a single-order action did, in the reader's language. */
export function useResultText() {
  const t = useTranslations("ordersAdmin");
  const locale = useLocale();
  return (answer: Answer): string => {
    if ("syncedOrders" in answer)
      return t("result.synced", { synced: answer.syncedOrders, changed: answer.changed, errors: answer.errors.length });
    const status = t(`statuses.${answer.status as "PENDING"}`);
    if ("outcome" in answer) {
      return (
        t("result.forwarded", {
          outcome: t(`outcomes.${answer.outcome as "forwarded"}`),
          status,
          providerOrderId: answer.providerOrderId ?? "—",
        }) + (answer.message && answer.outcome !== "forwarded" ? ` ${answer.message}` : "")
      );
    }
    if ("resolution" in answer) return t("result.attached", { providerOrderId: answer.providerOrderId });
    return answer.refunded
      ? t("result.movedRefunded", { status, amount: formatMoney(answer.refunded, "BDT", locale) })
      : t("result.moved", { status });
  };
}
