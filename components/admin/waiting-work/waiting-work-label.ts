import { FORWARD_FAILED_DAYS, type WaitingWorkKey } from "@/lib/admin-console/waiting-work-items";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** "Uncertain orders", "Orders that failed to forward (last 7 days)" … in the reader's language (t: the waitingWork namespace). */
export function waitingWorkLabel(t: Translate, key: WaitingWorkKey): string {
  return t(`items.${key}`, { days: FORWARD_FAILED_DAYS });
}

/** The badge's accessible name: "3 waiting: Uncertain orders" (numbers in the reader's digits). */
export function waitingWorkBadgeLabel(t: Translate, key: WaitingWorkKey, count: number): string {
  return t("badge", { count, item: waitingWorkLabel(t, key) });
}
