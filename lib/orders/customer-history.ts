import type { OrderStatus } from "@/lib/db/generated/enums";
import { isOrderEventKind, type OrderEventKind } from "./timeline/event-kinds";

// An order's timeline as its customer may read it: pure rules over the stored events. Only the kind,
// the status reached, counts and refund amounts are read; an event's message and the rest of its data
// (provider names, provider order ids, raw answers, admins' notes) never leave here.

export type StoredOrderEvent = { kind: string; toStatus: string | null; data: unknown; createdAt: Date };

export type RequestOutcome = "requested" | "sent" | "inProgress" | "done" | "rejected" | "failed";

export type CustomerStep = { at: Date } & (
  | { step: "placed"; charge: string | null }
  | { step: "sent" }
  | { step: "inProgress"; startCount: number | null }
  | { step: "completed"; delivered: number | null; quantity: number }
  | { step: "partial"; delivered: number | null; quantity: number; refunded: string | null }
  | { step: "canceled"; refunded: string | null }
  | { step: "failed"; refunded: string | null }
  | { step: "checking" }
  | { step: "requeued" }
  | { step: "refill" | "cancel"; outcome: RequestOutcome }
);

type OrderFacts = { quantity: number; remains: number | null };

const OUTCOMES: Record<string, RequestOutcome> = {
  requested: "requested",
  sent: "sent",
  in_progress: "inProgress",
  completed: "done",
  rejected: "rejected",
  failed: "failed",
};

const REQUEST_EVENT = /^(refill|cancel)_(requested|sent|in_progress|completed|rejected|failed)$/;

/**
 * What each kind of event is to the customer: a status it reached (told by `toStatus`, whoever moved
 * it), a step of their refill or cancel request, the order itself, or our own housekeeping (attempts,
 * retries, claims put back) that is left out. Typed over every kind, so a new kind needs a decision.
 */
const EVENT_ROLES: Record<OrderEventKind, "created" | "status" | "request" | "hidden"> = {
  created: "created",
  forward_attempt: "hidden",
  forward_deferred: "hidden",
  forward_uncertain: "status",
  forward_rejected: "status",
  // Which provider an order goes to is ours to know: a fallback or an admin's move is housekeeping.
  forward_fallback: "hidden",
  forwarded: "status",
  forward_answer_late: "status",
  forward_unrecorded: "status",
  forward_claim_expired: "status",
  status_sync: "status",
  admin_partial: "status",
  admin_cancel: "status",
  admin_complete: "status",
  admin_status: "status",
  admin_resend: "status",
  admin_attach: "status",
  admin_move: "hidden",
  refill_requested: "request",
  refill_deferred: "hidden",
  refill_pending: "hidden",
  refill_sent: "request",
  refill_in_progress: "request",
  refill_completed: "request",
  refill_rejected: "request",
  refill_failed: "request",
  cancel_requested: "request",
  cancel_deferred: "hidden",
  cancel_pending: "hidden",
  cancel_sent: "request",
  cancel_in_progress: "request",
  cancel_completed: "request",
  cancel_rejected: "request",
  cancel_failed: "request",
};

function field(data: unknown, name: string): unknown {
  return data && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>)[name] : undefined;
}

const count = (value: unknown): number | null => (typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : null);
const amount = (value: unknown): string | null => (typeof value === "string" && /^\d{1,16}(\.\d{1,4})?$/.test(value) ? value : null);

/** Units delivered: what was ordered less what remains (all of it once completed without a count). */
export function deliveredCount(status: OrderStatus | string, quantity: number, remains: number | null): number | null {
  if (remains === null) return status === "COMPLETED" ? quantity : null;
  return Math.max(0, quantity - Math.min(remains, quantity));
}

/** One event as a step, or null for what the customer does not need (sending attempts, retries, checks). */
function stepOf(event: StoredOrderEvent, order: OrderFacts, isLastMove: boolean): CustomerStep | null {
  const at = event.createdAt;
  const role = isOrderEventKind(event.kind) ? EVENT_ROLES[event.kind] : "hidden";
  if (role === "hidden") return null;
  if (role === "created") return { at, step: "placed", charge: amount(field(event.data, "charge")) };
  const request = REQUEST_EVENT.exec(event.kind);
  if (role === "request") return request ? { at, step: request[1] as "refill" | "cancel", outcome: OUTCOMES[request[2]] } : null;
  // A final status's counts are the order's own when the event did not carry them.
  const remainsField = count(field(event.data, "remains"));
  const remains = remainsField ?? (isLastMove ? order.remains : null);
  const refunded = amount(field(event.data, "refunded"));
  switch (event.toStatus) {
    case "PENDING":
      return { at, step: "requeued" };
    case "PROCESSING":
      return { at, step: "sent" };
    case "IN_PROGRESS":
      return { at, step: "inProgress", startCount: count(field(event.data, "startCount")) };
    case "COMPLETED":
      return { at, step: "completed", delivered: deliveredCount("COMPLETED", order.quantity, remains), quantity: order.quantity };
    case "PARTIAL":
      return { at, step: "partial", delivered: deliveredCount("PARTIAL", order.quantity, remains), quantity: order.quantity, refunded };
    case "CANCELED":
      return { at, step: "canceled", refunded };
    case "FORWARD_FAILED":
      return { at, step: "failed", refunded };
    case "UNCERTAIN":
      return { at, step: "checking" };
    default:
      return null;
  }
}

/** The customer's history of an order, oldest first. */
export function customerHistory(events: StoredOrderEvent[], order: OrderFacts): CustomerStep[] {
  const sorted = [...events].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const lastMove = sorted.findLastIndex(
    (event) => event.toStatus !== null && isOrderEventKind(event.kind) && EVENT_ROLES[event.kind] === "status",
  );
  return sorted.flatMap((event, index) => stepOf(event, order, index === lastMove) ?? []);
}
