import type { OrderStatus } from "@/lib/db/generated/enums";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/http/errors";

/** Who acts, for audit rows and timeline events. */
export type AdminActor = { id: string; ip?: string | null; requestId?: string | null };

export type LockedOrder = {
  id: number;
  status: OrderStatus;
  mode: "AUTO" | "MANUAL";
  serviceId: number;
  quantity: number;
  providerId: string | null;
  providerOrderId: string | null;
  forwardClaimedAt: Date | null;
  charge: string;
  refunded: string;
  remains: number | null;
};

/** A forward claim younger than this means the HTTP call to the provider may still be running. */
export const FORWARD_IN_FLIGHT_MS = 2 * 60_000;

/**
 * Reads the order and locks its row until the transaction ends, so the checks below and the change
 * that follows see the same state (a concurrent sync or admin waits for us).
 */
export async function lockOrder(tx: Tx, orderId: number): Promise<LockedOrder> {
  const rows = await tx.$queryRaw<LockedOrder[]>`
    SELECT id, status::text AS status, mode::text AS mode, service_id AS "serviceId", quantity, provider_id AS "providerId",
           provider_order_id AS "providerOrderId", forward_claimed_at AS "forwardClaimedAt", charge::text AS charge,
           refunded::text AS refunded, remains
      FROM orders WHERE id = ${orderId} FOR UPDATE`;
  if (!rows[0]) throw orderNotFound(orderId);
  return rows[0];
}

export function orderNotFound(orderId: number): AppError {
  return new AppError("not_found", `orderId: order #${orderId} was not found`, 404, { fields: { orderId: ["was not found"] } });
}

/** A move the order lifecycle does not allow (ORDER_TRANSITIONS). */
export function illegalMove(orderId: number, from: OrderStatus, to: OrderStatus): AppError {
  const message = `cannot move order #${orderId} from ${from} to ${to}`;
  return new AppError("illegal_transition", `to: ${message}`, 409, { fields: { to: [message] }, orderId, from, to });
}

export function wrongState(orderId: number, status: OrderStatus, expected: string): AppError {
  const message = `order #${orderId} is ${status}; ${expected}`;
  return new AppError("order_state", `orderId: ${message}`, 409, { fields: { orderId: [message] }, orderId, status });
}

/** A PENDING order whose claim is fresh is being sent right now; changing it would race the answer. */
export function assertNotBeingForwarded(order: LockedOrder, now = Date.now()): void {
  if (order.status === "PENDING" && order.forwardClaimedAt && now - order.forwardClaimedAt.getTime() < FORWARD_IN_FLIGHT_MS) {
    const message = `order #${order.id} is being sent to its provider right now; try again in a minute`;
    throw new AppError("forward_in_flight", `orderId: ${message}`, 409, { fields: { orderId: [message] }, orderId: order.id });
  }
}
