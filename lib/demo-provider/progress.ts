import type { Money } from "@/lib/money/money";
import { deliveredShare, usd } from "./amounts";
import { mix32 } from "./hash";
import type { DemoOutcome } from "./options";

// Pure rules of how a demo order moves over time. Nothing here reads the clock or the database.

export type DemoOrderStatus = "Pending" | "In progress" | "Active" | "Completed" | "Partial" | "Canceled";

/** Stored in `outcome` once the undelivered part of a finished partial/canceled order was refunded. */
const REFUNDED = ":refunded";

export interface DemoOrderFacts {
  quantity: number;
  charge: Money | string | { toString(): string };
  outcome: string;
  durationMs: number;
  finalRemains: number;
  createdAt: Date;
  cancelRequestedAt: Date | null;
}

export interface DemoProgress {
  status: DemoOrderStatus;
  remains: number;
  /** What the order is billed now (the full charge until it ends short). */
  charge: Money;
  finished: boolean;
  /** Owed back to the account once finished: charge paid minus charge billed. */
  refund: Money;
}

/**
 * How an order will end, from its id: about 80 % completed, 12 % partial (1 … quantity-1 undelivered),
 * 8 % canceled (nothing delivered). `forced` (the `?outcome=` switch) overrides the draw. An order of
 * one unit cannot be partial; a subscription ends completed or canceled.
 */
export function drawOutcome(
  orderId: number,
  quantity: number,
  forced?: DemoOutcome,
  subscription = false,
): { outcome: DemoOutcome; finalRemains: number } {
  const bucket = mix32(orderId, 1) % 100;
  let outcome: DemoOutcome = forced ?? (bucket < 80 ? "completed" : bucket < 92 ? "partial" : "canceled");
  if (outcome === "partial" && (quantity < 2 || subscription)) outcome = "completed";
  if (outcome === "completed") return { outcome, finalRemains: 0 };
  if (outcome === "canceled") return { outcome, finalRemains: quantity };
  return { outcome, finalRemains: 1 + (mix32(orderId, 2) % (quantity - 1)) };
}

/** The counter when work "began": looks random, is a function of the id. */
export function drawStartCount(orderId: number): number {
  return mix32(orderId, 3) % 25_000;
}

export function baseOutcome(outcome: string): DemoOutcome {
  const base = outcome.split(":")[0];
  return base === "partial" || base === "canceled" ? base : "completed";
}

export function markRefunded(outcome: string): string {
  return `${baseOutcome(outcome)}${REFUNDED}`;
}

/** True once the undelivered part was paid back (by a cancel, or when a partial/canceled order ended). */
export function isRefundSettled(order: Pick<DemoOrderFacts, "outcome" | "cancelRequestedAt">): boolean {
  return order.cancelRequestedAt !== null || order.outcome.endsWith(REFUNDED);
}

/** Pending for the first 10 % of the duration, then remains fall linearly to the final remains. */
function remainsAfter(order: DemoOrderFacts, elapsedMs: number, finalRemains: number): number {
  const pendingMs = order.durationMs / 10;
  if (elapsedMs >= order.durationMs) return finalRemains;
  if (elapsedMs < pendingMs) return order.quantity;
  const deliverable = order.quantity - finalRemains;
  return order.quantity - Math.floor((deliverable * (elapsedMs - pendingMs)) / (order.durationMs - pendingMs));
}

function finalRemainsOf(order: DemoOrderFacts): number {
  const outcome = baseOutcome(order.outcome);
  if (outcome === "completed") return 0;
  if (outcome === "canceled") return order.quantity;
  return Math.min(Math.max(order.finalRemains, 0), order.quantity);
}

function ended(status: DemoOrderStatus, remains: number, order: DemoOrderFacts, paid: Money): DemoProgress {
  const charge =
    status === "Canceled" && remains >= order.quantity ? usd(0) : deliveredShare(paid, order.quantity - remains, order.quantity);
  return { status, remains, charge, finished: true, refund: paid.minus(charge) };
}

export function orderProgress(order: DemoOrderFacts, now: Date, subscription = false): DemoProgress {
  const paid = usd(order.charge);
  const finalRemains = finalRemainsOf(order);
  if (order.cancelRequestedAt) {
    // A cancel accepted while running stops delivery where it was: nothing delivered → Canceled,
    // something delivered → Partial (a subscription is Canceled either way), billed for what was delivered.
    const remains = remainsAfter(order, order.cancelRequestedAt.getTime() - order.createdAt.getTime(), finalRemains);
    return ended(remains >= order.quantity || subscription ? "Canceled" : "Partial", remains, order, paid);
  }
  const elapsedMs = Math.max(0, now.getTime() - order.createdAt.getTime());
  if (elapsedMs >= order.durationMs) {
    const outcome = baseOutcome(order.outcome);
    const status = outcome === "completed" ? "Completed" : outcome === "partial" ? "Partial" : "Canceled";
    return ended(status, finalRemains, order, paid);
  }
  const remains = remainsAfter(order, elapsedMs, finalRemains);
  const status = elapsedMs < order.durationMs / 10 ? "Pending" : subscription ? "Active" : "In progress";
  return { status, remains, charge: paid, finished: false, refund: usd(0) };
}

export type DemoRefillStatus = "Pending" | "In progress" | "Completed";

/** A refill runs on its order's clock: Pending for 10 % of the duration, then In progress, then Completed. */
export function refillProgress(createdAt: Date, durationMs: number, now: Date): DemoRefillStatus {
  const elapsedMs = now.getTime() - createdAt.getTime();
  if (elapsedMs >= durationMs) return "Completed";
  return elapsedMs < durationMs / 10 ? "Pending" : "In progress";
}
