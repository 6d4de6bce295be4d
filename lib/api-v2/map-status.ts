/**
 * The one place where provider status text becomes our vocabulary. Matching ignores case, spaces,
 * underscores and hyphens, so "In progress", "in_progress", "Inprogress" and "IN-PROGRESS" agree.
 */
export type OrderStatus =
  "pending" | "processing" | "in_progress" | "completed" | "partial" | "canceled" | "failed" | "active" | "paused" | "expired" | "unknown";

export type RefillStatus = "pending" | "in_progress" | "completed" | "rejected" | "unknown";

/** "In progress" → "inprogress": the comparison key for every spelling. */
export function statusKey(raw: string): string {
  return raw.toLowerCase().replace(/[\s_-]+/g, "");
}

const ORDER_WORDS = new Map<string, OrderStatus>(
  Object.entries({
    pending: "pending",
    processing: "processing",
    inprogress: "in_progress",
    completed: "completed",
    complete: "completed",
    partial: "partial",
    partiallycompleted: "partial",
    canceled: "canceled",
    cancelled: "canceled",
    refunded: "canceled",
    fail: "failed",
    failed: "failed",
    error: "failed",
    active: "active",
    paused: "paused",
    expired: "expired",
  } satisfies Record<string, Exclude<OrderStatus, "unknown">>),
);

const REFILL_WORDS = new Map<string, RefillStatus>(
  Object.entries({
    pending: "pending",
    awaiting: "pending",
    processing: "in_progress",
    inprogress: "in_progress",
    completed: "completed",
    complete: "completed",
    success: "completed",
    rejected: "rejected",
    canceled: "rejected",
    cancelled: "rejected",
    fail: "rejected",
    failed: "rejected",
    error: "rejected",
  } satisfies Record<string, Exclude<RefillStatus, "unknown">>),
);

export function mapOrderStatus(raw: string): OrderStatus {
  return ORDER_WORDS.get(statusKey(raw)) ?? "unknown";
}

export function mapRefillStatus(raw: string): RefillStatus {
  return REFILL_WORDS.get(statusKey(raw)) ?? "unknown";
}
