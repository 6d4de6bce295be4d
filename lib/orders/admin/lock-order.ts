import type { OrderStatus } from "@/lib/db/generated/enums";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";

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
  /** The upstream service the order is sent as (its own, kept when its service is re-pointed). */
  providerServiceId: string | null;
  providerServiceRate: string | null;
  forwardClaimedAt: Date | null;
  charge: string;
  refunded: string;
  remains: number | null;
};

/**
 * Reads the order and locks its row until the transaction ends, so the checks below and the change
 * that follows see the same state (a concurrent sync or admin waits for us).
 */
export async function lockOrder(tx: Tx, orderId: number): Promise<LockedOrder> {
  const rows = await tx.$queryRaw<LockedOrder[]>`
    SELECT id, status::text AS status, mode::text AS mode, service_id AS "serviceId", quantity, provider_id AS "providerId",
           provider_order_id AS "providerOrderId", provider_service_id AS "providerServiceId",
           provider_service_rate::text AS "providerServiceRate", forward_claimed_at AS "forwardClaimedAt", charge::text AS charge,
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

/**
 * A PENDING order with a forward claim may be at the provider already: changing it (a cancel with refund)
 * would race the answer. The claim either gets its answer or expires to UNCERTAIN (expire-forward-claims.ts),
 * which admins then resolve; until then the order is left alone.
 */
export function assertNotBeingForwarded(order: LockedOrder): void {
  if (order.status === "PENDING" && order.forwardClaimedAt) {
    const message = `order #${order.id} is being sent to its provider; if no answer is recorded it becomes uncertain within minutes, for you to resolve`;
    throw new AppError("forward_in_flight", `orderId: ${message}`, 409, { fields: { orderId: [message] }, orderId: order.id });
  }
}
