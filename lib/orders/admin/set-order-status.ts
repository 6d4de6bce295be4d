import { invalidField } from "@/lib/errors/app-error";
import { adminMove, type AdminMoveResult } from "./admin-move";
import { wrongState, type AdminActor } from "./lock-order";
import { SETTABLE_STATUSES } from "./schemas";

type Settable = (typeof SETTABLE_STATUSES)[number];

/**
 * Moves an order along ORDER_TRANSITIONS only (COMPLETED → PROCESSING is refused, 409). CANCELED and
 * FORWARD_FAILED refund the rest of the charge in the same transaction. An UNCERTAIN order does not go
 * to PROCESSING or IN_PROGRESS this way: attach its provider order id (resolveUncertain) instead.
 */
export async function setOrderStatus(orderId: number, to: string, actor: AdminActor): Promise<AdminMoveResult> {
  if (to === "PARTIAL") throw invalidField("to", "validation.order.usePartial");
  if (to === "PENDING") throw invalidField("to", "validation.order.pendingOnlyUncertain");
  if (!SETTABLE_STATUSES.includes(to as Settable)) throw invalidField("to", "validation.oneOf", { options: SETTABLE_STATUSES.join(", ") });
  const target = to as Settable;
  return adminMove(
    orderId,
    {
      to: target,
      kind: target === "CANCELED" ? "admin_cancel" : target === "COMPLETED" ? "admin_complete" : "admin_status",
      ...(target === "COMPLETED" ? { remains: 0 } : {}),
      message: `Set to ${target} by an admin`,
      check: (order) => {
        if (order.status === "UNCERTAIN" && (target === "PROCESSING" || target === "IN_PROGRESS")) {
          throw wrongState(orderId, order.status, "attach the provider's order id to resolve it");
        }
      },
    },
    actor,
  );
}

/** CANCELED with a full refund of what is left of the charge (once per order). */
export function cancelWithRefund(orderId: number, actor: AdminActor): Promise<AdminMoveResult> {
  return setOrderStatus(orderId, "CANCELED", actor);
}

/** COMPLETED, nothing left to deliver. */
export function markCompleted(orderId: number, actor: AdminActor): Promise<AdminMoveResult> {
  return setOrderStatus(orderId, "COMPLETED", actor);
}
