import type { OrderStatus } from "@/lib/db/generated/enums";

/**
 * Order lifecycle (docs/ARCHITECTURE.md): states only move forward along these edges. UNCERTAIN (sent, answer
 * lost) is left by an admin: attach the provider id (→ PROCESSING) or resend knowingly (→ PENDING).
 */
export const ORDER_TRANSITIONS: Record<OrderStatus, readonly OrderStatus[]> = {
  PENDING: ["PROCESSING", "IN_PROGRESS", "COMPLETED", "PARTIAL", "CANCELED", "FORWARD_FAILED", "UNCERTAIN"],
  PROCESSING: ["IN_PROGRESS", "COMPLETED", "PARTIAL", "CANCELED"],
  IN_PROGRESS: ["COMPLETED", "PARTIAL", "CANCELED"],
  UNCERTAIN: ["PENDING", "PROCESSING", "IN_PROGRESS", "COMPLETED", "PARTIAL", "CANCELED", "FORWARD_FAILED"],
  COMPLETED: [],
  PARTIAL: [],
  CANCELED: [],
  FORWARD_FAILED: [],
};

export const OPEN_STATUSES: readonly OrderStatus[] = ["PENDING", "PROCESSING", "IN_PROGRESS", "UNCERTAIN"];
export const FINAL_STATUSES: readonly OrderStatus[] = ["COMPLETED", "PARTIAL", "CANCELED", "FORWARD_FAILED"];
/** Orders the status sync asks providers about. */
export const SYNCED_STATUSES: readonly OrderStatus[] = ["PROCESSING", "IN_PROGRESS"];

export function canMove(from: OrderStatus, to: OrderStatus): boolean {
  return ORDER_TRANSITIONS[from].includes(to);
}

/** The statuses from which `to` may be reached: the guard of a conditional update. */
export function statusesLeadingTo(to: OrderStatus): OrderStatus[] {
  return (Object.keys(ORDER_TRANSITIONS) as OrderStatus[]).filter((from) => canMove(from, to));
}

export function isFinal(status: OrderStatus): boolean {
  return FINAL_STATUSES.includes(status);
}
