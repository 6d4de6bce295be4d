/**
 * Every kind of line an order's timeline can hold. `recordOrderEvent` only takes these, so a new kind
 * is added here first, and event-sentences.ts (with its test) then asks for its sentence in both languages.
 */
export const ORDER_EVENT_KINDS = [
  "created",
  "forward_attempt",
  "forward_deferred",
  "forward_uncertain",
  "forward_rejected",
  "forward_fallback",
  "forwarded",
  "forward_answer_late",
  "forward_unrecorded",
  "forward_claim_expired",
  "status_sync",
  "admin_partial",
  "admin_cancel",
  "admin_complete",
  "admin_status",
  "admin_resend",
  "admin_attach",
  "admin_move",
  "refill_requested",
  "refill_deferred",
  "refill_pending",
  "refill_sent",
  "refill_in_progress",
  "refill_completed",
  "refill_rejected",
  "refill_failed",
  "cancel_requested",
  "cancel_deferred",
  "cancel_pending",
  "cancel_sent",
  "cancel_in_progress",
  "cancel_completed",
  "cancel_rejected",
  "cancel_failed",
] as const satisfies readonly string[];

export type OrderEventKind = (typeof ORDER_EVENT_KINDS)[number];

export function isOrderEventKind(kind: string): kind is OrderEventKind {
  return (ORDER_EVENT_KINDS as readonly string[]).includes(kind);
}
