import type { OrderStatus } from "@/lib/db/generated/enums";
import { db } from "@/lib/db";
import { moveRequest } from "./move-request";

const BATCH = 500;

export type SettleResult = { completed: number; rejected: number };

const OUTCOME: Partial<Record<OrderStatus, { to: "COMPLETED" | "REJECTED"; message: string }>> = {
  CANCELED: { to: "COMPLETED", message: "The order was canceled and refunded." },
  PARTIAL: { to: "COMPLETED", message: "The order was stopped; the undelivered part was refunded." },
  COMPLETED: { to: "REJECTED", message: "The order finished before it could be canceled." },
};

/**
 * Ends open cancel requests from the order's own status, which only the status sync moves (and refunds,
 * once, in the same transaction): Canceled/Partial → COMPLETED; Completed → REJECTED. Requests still
 * waiting for an admin are ended the same way once their order has finished.
 */
export async function settleCancelRequests(): Promise<SettleResult> {
  const rows = await db.$queryRaw<{ id: string; order_id: number; user_id: string; order_status: OrderStatus }[]>`
    SELECT r.id, r.order_id, r.user_id, o.status::text AS order_status
      FROM order_requests r JOIN orders o ON o.id = r.order_id
     WHERE r.kind = 'cancel' AND r.status IN ('PENDING', 'SENT', 'IN_PROGRESS') AND o.status IN ('CANCELED', 'PARTIAL', 'COMPLETED')
     ORDER BY r.created_at
     LIMIT ${BATCH}`;
  const result: SettleResult = { completed: 0, rejected: 0 };
  for (const row of rows) {
    const outcome = OUTCOME[row.order_status];
    if (!outcome) continue;
    const request = { id: row.id, orderId: row.order_id, userId: row.user_id, kind: "cancel" as const };
    const moved = await db.$transaction((tx) =>
      moveRequest(tx, request, { to: outcome.to, message: outcome.message, notify: true, data: { orderStatus: row.order_status } }),
    );
    if (moved) result[outcome.to === "COMPLETED" ? "completed" : "rejected"] += 1;
  }
  return result;
}
