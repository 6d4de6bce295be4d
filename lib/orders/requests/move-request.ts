import type { RequestStatus } from "@/lib/db/generated/enums";
import type { Prisma, Tx } from "@/lib/db";
import { noticeRow } from "@/lib/notifications/notify-user";
import { recordOrderEvent } from "../record-event";
import { requestStatusesLeadingTo, type RequestKind } from "./request-states";

export type RequestRef = { id: string; orderId: number; userId: string; kind: RequestKind };

export type RequestMove = {
  to: RequestStatus;
  message?: string | null;
  providerRequestId?: string;
  /** Tell the customer in-app when the request ends (COMPLETED or REJECTED). */
  notify: boolean;
  data?: Prisma.InputJsonValue;
  actorId?: string | null;
};

/**
 * Moves a request forward with a guarded update (only from a status that may lead to `to`), records the
 * answer on the order's timeline and, when it ends, notifies the customer — all in the caller's
 * transaction. Returns false when the move was not allowed (already there, stale or out-of-order).
 * It never touches the order itself: a cancel becomes a canceled order only through the status sync.
 */
export async function moveRequest(tx: Tx, request: RequestRef, move: RequestMove): Promise<boolean> {
  const changed = await tx.orderRequest.updateMany({
    where: { id: request.id, status: { in: requestStatusesLeadingTo(move.to) } },
    data: {
      status: move.to,
      lastCheckedAt: new Date(),
      sendClaimedAt: null,
      ...(move.message !== undefined ? { message: move.message } : {}),
      ...(move.providerRequestId !== undefined ? { providerRequestId: move.providerRequestId } : {}),
    },
  });
  if (changed.count === 0) return false;
  await recordOrderEvent(tx, {
    orderId: request.orderId,
    kind: `${request.kind}_${move.to.toLowerCase() as Lowercase<RequestStatus>}`,
    message: move.message ?? null,
    data: {
      requestId: request.id,
      ...(move.providerRequestId ? { providerRequestId: move.providerRequestId } : {}),
      ...(move.data as object | undefined),
    },
    actorId: move.actorId ?? null,
  });
  if (move.notify && (move.to === "COMPLETED" || move.to === "REJECTED")) {
    await tx.notification.create({ data: noticeRow(requestNotice(request, move.to, move.message ?? null)) });
  }
  return true;
}

/** The customer's in-app notice; the kind is the message key (e.g. `request.refill.completed`). */
function requestNotice(request: RequestRef, to: "COMPLETED" | "REJECTED", message: string | null) {
  const outcome = to === "COMPLETED" ? "completed" : "rejected";
  return {
    userId: request.userId,
    kind: `request.${request.kind}.${outcome}`,
    title: { key: "stored.notice.request", values: { kind: request.kind, id: request.orderId, outcome } },
    body: message ?? "",
    link: `/user/orders/${request.orderId}`,
  };
}
