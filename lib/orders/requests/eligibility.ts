import type { OrderStatus } from "@/lib/db/generated/enums";

// Who may ask for a refill or a cancel: pure rules, no clock or database (the caller passes `now`).

/** How long after an order finished a refill may be asked for, when the service does not say. */
export const DEFAULT_REFILL_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export type RefillFacts = { status: OrderStatus; finishedAt: Date | null; service: { refill: boolean; refillDays: number | null } };
export type CancelFacts = { status: OrderStatus; service: { cancel: boolean } };
/** Why a request is refused: a rule in the validation catalogue (its text names the order: `{id}`). */
export type Refusal = { key: string; values?: { days: number } };

const REFILLABLE: readonly OrderStatus[] = ["COMPLETED", "PARTIAL"];
const CANCELABLE: readonly OrderStatus[] = ["PENDING", "PROCESSING", "IN_PROGRESS"];

/** Why a refill cannot be asked for, or null when it can. */
export function refillRefusal(order: RefillFacts, now: Date): Refusal | null {
  if (!order.service.refill) return { key: "validation.order.refill.noRefill" };
  if (!REFILLABLE.includes(order.status)) return { key: "validation.order.refill.notFinished" };
  // A finished order always has finishedAt; without it the window cannot be checked, so refuse.
  if (!order.finishedAt) return { key: "validation.order.refill.noFinishDate" };
  const days = order.service.refillDays ?? DEFAULT_REFILL_DAYS;
  if (now.getTime() - order.finishedAt.getTime() > days * DAY_MS) return { key: "validation.order.refill.ended", values: { days } };
  return null;
}

/** Only COMPLETED or PARTIAL orders of services with refill, within refillDays (default 30) of finishing. */
export function canRequestRefill(order: RefillFacts, now: Date): boolean {
  return refillRefusal(order, now) === null;
}

/** Why a cancel cannot be asked for, or null when it can. */
export function cancelRefusal(order: CancelFacts): Refusal | null {
  if (!order.service.cancel) return { key: "validation.order.cancel.noCancel" };
  if (!CANCELABLE.includes(order.status)) return { key: "validation.order.cancel.notRunning" };
  return null;
}

/** Only services with cancel, and orders still PENDING, PROCESSING or IN_PROGRESS. */
export function canRequestCancel(order: CancelFacts): boolean {
  return cancelRefusal(order) === null;
}
