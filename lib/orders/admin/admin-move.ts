import type { OrderStatus } from "@/lib/db/generated/enums";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { conflict } from "@/lib/errors/app-error";
import { moveOrder } from "../move-order";
import { canMove } from "../state-machine";
import { assertNotBeingForwarded, illegalMove, lockOrder, type AdminActor, type LockedOrder } from "./lock-order";

export type AdminMoveResult = { orderId: number; from: OrderStatus; status: OrderStatus; refunded: string | null };

type Move = {
  to: OrderStatus;
  /** Timeline kind and audit action suffix, e.g. "admin_cancel" → audit "order.admin_cancel". */
  kind: "admin_partial" | "admin_cancel" | "admin_complete" | "admin_status";
  remains?: number;
  message: string;
  /** Extra refusals that need the locked row (e.g. remains ≤ quantity). */
  check?: (order: LockedOrder) => void;
};

/**
 * One admin status change in one transaction: lock the order, refuse what the lifecycle does not allow
 * (409 naming `to`), move it with moveOrder (which refunds in the same transaction, once per order),
 * and write the audit row. Nothing is written when any step refuses.
 */
export async function adminMove(orderId: number, move: Move, actor: AdminActor): Promise<AdminMoveResult> {
  return db.$transaction(async (tx) => {
    const order = await lockOrder(tx, orderId);
    if (!canMove(order.status, move.to)) throw illegalMove(orderId, order.status, move.to);
    assertNotBeingForwarded(order);
    move.check?.(order);
    const outcome = await moveOrder(tx, orderId, {
      to: move.to,
      kind: move.kind,
      ...(move.remains !== undefined ? { remains: move.remains } : {}),
      message: move.message,
      data: { from: order.status, by: "admin" },
      actorId: actor.id,
    });
    // Cannot happen while we hold the row lock; kept so a future change to moveOrder cannot half-apply.
    if (!outcome.moved) throw conflict("order_changed", `orderId: order #${orderId} changed meanwhile; reload and try again`);
    await recordAudit(tx, {
      actorId: actor.id,
      action: `order.${move.kind}`,
      objectType: "order",
      objectId: String(orderId),
      before: { status: order.status, remains: order.remains, refunded: order.refunded },
      after: {
        status: move.to,
        ...(move.remains !== undefined ? { remains: move.remains } : {}),
        ...(outcome.refunded ? { refundedNow: outcome.refunded } : {}),
      },
      ip: actor.ip ?? null,
      requestId: actor.requestId ?? null,
    });
    return { orderId, from: order.status, status: move.to, refunded: outcome.refunded };
  });
}
