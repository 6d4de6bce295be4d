import type { OrderStatus, RequestStatus } from "@/lib/db/generated/enums";

// Our states → the protocol's status words (lib/api-v2/map-status.ts reads them the other way).

/**
 * Our order status → the protocol's word. PENDING: charged, not yet at the provider; UNCERTAIN (sent,
 * answer lost, an admin decides) is still "Pending" to the customer. FORWARD_FAILED was refunded in
 * full, which the protocol calls "Canceled".
 */
const ORDER_WORDS: Record<OrderStatus, string> = {
  PENDING: "Pending",
  UNCERTAIN: "Pending",
  PROCESSING: "Processing",
  IN_PROGRESS: "In progress",
  COMPLETED: "Completed",
  PARTIAL: "Partial",
  CANCELED: "Canceled",
  FORWARD_FAILED: "Canceled",
};

export function wireOrderStatus(status: OrderStatus): string {
  return ORDER_WORDS[status];
}

/** A refill request's state → the protocol's refill word (a request that failed to send is "Rejected"). */
const REFILL_WORDS: Record<RequestStatus, string> = {
  PENDING: "Pending",
  SENT: "Pending",
  IN_PROGRESS: "In progress",
  COMPLETED: "Completed",
  REJECTED: "Rejected",
  FAILED: "Rejected",
};

export function wireRefillStatus(status: RequestStatus): string {
  return REFILL_WORDS[status];
}
