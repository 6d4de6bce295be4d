import { db, type Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { conflict, notFound } from "@/lib/errors/app-error";
import { moveOrder } from "../../move-order";
import { canMove } from "../../state-machine";
import { lockOrder, type AdminActor } from "../../admin/lock-order";
import { moveRequest, type RequestRef } from "../move-request";
import { isRequestKind } from "../request-kind";
import type { DecideRequestInput } from "./schemas";

export type DecideResult = {
  requestId: string;
  orderId: number;
  status: "COMPLETED" | "REJECTED";
  orderStatus: string | null;
  refunded: string | null;
};

/**
 * An admin settles a refill or cancel request that waits for them, in one transaction:
 * complete a refill (it was done by hand or upstream), complete a cancel (the order is CANCELED and
 * what is left of its charge refunded, once, by moveOrder), or reject with a note the customer sees.
 * The request moves with a guarded update from PENDING, so two admins clicking at once settle it once
 * (the second gets 409); a cancel of an order that already ended is refused (reject it instead).
 */
export async function decideRequest(input: DecideRequestInput, actor: AdminActor): Promise<DecideResult> {
  return db.$transaction(async (tx) => {
    const request = await lockPendingRequest(tx, input.requestId);
    const note = input.note?.trim() || null;
    let orderStatus: string | null = null;
    let refunded: string | null = null;

    if (input.decision === "complete" && request.kind === "cancel") {
      const order = await lockOrder(tx, request.orderId);
      if (!canMove(order.status, "CANCELED")) {
        const message = `order #${order.id} is ${order.status} and can no longer be canceled; reject the request instead`;
        throw conflict("order_state", `decision: ${message}`, { fields: { decision: [message] }, orderId: order.id, status: order.status });
      }
      const moved = await moveOrder(tx, order.id, {
        to: "CANCELED",
        kind: "admin_cancel",
        message: "Canceled by an admin at the customer's request",
        data: { from: order.status, by: "admin", requestId: request.id },
        actorId: actor.id,
      });
      orderStatus = "CANCELED";
      refunded = moved.refunded;
    }
    const to = input.decision === "complete" ? "COMPLETED" : "REJECTED";
    const message = note ?? (to === "COMPLETED" ? (request.kind === "refill" ? "Refill done" : "Order canceled and refunded") : null);
    if (!(await moveRequest(tx, request, { to, message, notify: true, actorId: actor.id, data: { by: "admin" } })))
      throw alreadyDecided(request.id);
    await recordAudit(tx, {
      actorId: actor.id,
      action: `order_request.${input.decision}`,
      objectType: "order_request",
      objectId: request.id,
      before: { status: "PENDING" },
      after: { status: to, orderId: request.orderId, ...(note ? { note } : {}), ...(refunded ? { refunded } : {}) },
      ip: actor.ip ?? null,
      requestId: actor.requestId ?? null,
    });
    return { requestId: request.id, orderId: request.orderId, status: to, orderStatus, refunded };
  });
}

async function lockPendingRequest(tx: Tx, requestId: string): Promise<RequestRef> {
  const rows = await tx.$queryRaw<{ id: string; orderId: number; userId: string; kind: string; status: string }[]>`
    SELECT id, order_id AS "orderId", user_id AS "userId", kind, status::text AS status FROM order_requests WHERE id = ${requestId} FOR UPDATE`;
  const row = rows[0];
  if (!row || !isRequestKind(row.kind)) throw notFound("Request");
  if (row.status !== "PENDING") throw alreadyDecided(row.id);
  return { id: row.id, orderId: row.orderId, userId: row.userId, kind: row.kind };
}

function alreadyDecided(requestId: string) {
  const message = "this request was already settled";
  return conflict("request_settled", `requestId: ${message}`, { fields: { requestId: [message] }, requestId });
}
