import type { OrderStatus } from "@/lib/db/generated/enums";

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
  const request = REQUEST_EVENT.exec(event.kind);
  if (request) return { at, step: request[1] as "refill" | "cancel", outcome: OUTCOMES[request[2]] };
  if (event.kind === "created") return { at, step: "placed", charge: amount(field(event.data, "charge")) };
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
  const lastMove = sorted.findLastIndex((event) => event.toStatus !== null && event.kind !== "created");
  return sorted.flatMap((event, index) => stepOf(event, order, index === lastMove) ?? []);
}
