import type { OrderStatus } from "@/lib/db/generated/enums";

// How a drip-feed's or a subscription's final provider answer becomes our final status and remains
// (the refund itself is refund-math.ts's, paid by move-order.ts in the same transaction, once).

export type Settlement = { to: "COMPLETED" | "PARTIAL" | "CANCELED"; remains: number };

/** Units not delivered → a final status: none → COMPLETED, all → CANCELED (full refund), else PARTIAL. */
export function settleUndelivered(quantity: number, undelivered: number): Settlement {
  const remains = Math.min(Math.max(Math.trunc(undelivered), 0), quantity);
  if (remains >= quantity) return { to: "CANCELED", remains: quantity };
  return { to: remains === 0 ? "COMPLETED" : "PARTIAL", remains };
}

export type DripFeedState = { quantity: number; runs: number; runQuantity: number; runsDone: number | null };

/** runs done as stored: the provider's figure clamped to 0..runs. */
export function clampRunsDone(reported: number, runs: number): number {
  return Math.min(Math.max(Math.trunc(reported), 0), runs);
}

/**
 * A drip-feed the provider called Canceled or Partial: what was not delivered is the parent's numeric
 * remains when reported, else the runs not done × units per run. All of it → CANCELED; else PARTIAL
 * (even 0 remains: the provider's word stands, and nothing is refunded). So 5 runs canceled after 2
 * refund exactly 3 runs.
 */
export function settleDripFeed(order: DripFeedState, reportedRemains: number | null): Settlement {
  const done = clampRunsDone(order.runsDone ?? 0, order.runs);
  const undelivered = reportedRemains ?? (order.runs - done) * order.runQuantity;
  const settled = settleUndelivered(order.quantity, undelivered);
  return settled.to === "COMPLETED" ? { to: "PARTIAL", remains: 0 } : settled;
}

export type ChildState = { status: OrderStatus | null; quantity: number | null; remains: number | null };

const FINAL_CHILD: readonly OrderStatus[] = ["COMPLETED", "PARTIAL", "CANCELED", "FORWARD_FAILED"];

export function childIsFinal(child: ChildState): boolean {
  return child.status !== null && FINAL_CHILD.includes(child.status);
}

/** Units a finished child delivered: min(max, its quantity or max) − its remains; nothing for a canceled one. */
export function childDelivered(child: ChildState, max: number): number {
  if (child.status !== "COMPLETED" && child.status !== "PARTIAL") return 0;
  const made = Math.min(max, child.quantity ?? max);
  return Math.max(0, made - Math.max(0, child.remains ?? 0));
}

/**
 * An ended subscription (paid: posts × max = quantity) settles only when every known child is final;
 * null while one is not. Delivered = the children's delivered units, capped at what was paid for.
 */
export function settleSubscription(quantity: number, max: number, children: ChildState[]): Settlement | null {
  if (!children.every(childIsFinal)) return null;
  const delivered = Math.min(
    quantity,
    children.reduce((sum, child) => sum + childDelivered(child, max), 0),
  );
  return settleUndelivered(quantity, quantity - delivered);
}
