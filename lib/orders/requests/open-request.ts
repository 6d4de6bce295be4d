import type { OrderStatus, ServiceMode } from "@/lib/db/generated/enums";
import { db } from "@/lib/db";
import { conflict, invalidField, notFound } from "@/lib/errors/app-error";
import { recordOrderEvent } from "../record-event";
import type { Refusal } from "./eligibility";
import type { RequestRef } from "./move-request";
import { OPEN_REQUEST_STATUSES, type RequestKind } from "./request-states";

export type RequestOrder = {
  id: number;
  status: OrderStatus;
  finishedAt: Date | null;
  mode: ServiceMode;
  providerId: string | null;
  providerOrderId: string | null;
  service: { refill: boolean; refillDays: number | null; cancel: boolean };
};

/** Where the request goes: to the provider (auto-mode order that reached it), or to an admin. */
export type ProviderTarget = { providerId: string; providerOrderId: string };
export type OpenedRequest = { request: RequestRef; target: ProviderTarget | null };

const MAX_ORDER_ID = 2_147_483_647;

/**
 * Writes a PENDING request for the customer's own order, race-free: one transaction holding an
 * advisory lock on the order id, so two concurrent requests cannot both find "no open request".
 * The row is written already claimed (`lastCheckedAt` set): the caller sends it right away, or it waits
 * for an admin; the retry job only takes PENDING rows whose claim was released (nothing was sent).
 */
export async function openRequest(
  userId: string,
  orderId: number,
  kind: RequestKind,
  refusal: (order: RequestOrder) => Refusal | null,
): Promise<OpenedRequest> {
  if (!Number.isSafeInteger(orderId) || orderId < 1 || orderId > MAX_ORDER_ID) throw notFound("Order");
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`order-request|${orderId}`}, 0))`;
    const order = await tx.order.findFirst({
      where: { id: orderId, userId },
      select: {
        id: true,
        status: true,
        finishedAt: true,
        mode: true,
        providerId: true,
        providerOrderId: true,
        service: { select: { refill: true, refillDays: true, cancel: true } },
      },
    });
    if (!order) throw notFound("Order");
    const reason = refusal(order);
    if (reason) throw invalidField("orderId", reason.key, { id: orderId, ...reason.values });
    const open = await tx.orderRequest.findFirst({
      where: { orderId, kind, status: { in: [...OPEN_REQUEST_STATUSES] } },
      select: { id: true },
    });
    if (open)
      throw conflict(
        "request_open",
        `Order #${orderId} already has an open ${kind} request.`,
        { orderId, requestId: open.id },
        { id: orderId, kind },
      );

    const target =
      order.mode === "AUTO" && order.providerId && order.providerOrderId
        ? { providerId: order.providerId, providerOrderId: order.providerOrderId }
        : null;
    const message = target
      ? null
      : order.mode === "MANUAL"
        ? "Waiting for an admin (manual service)."
        : "Waiting for an admin: the order has not reached the provider yet.";
    const now = new Date();
    const created = await tx.orderRequest.create({
      data: { orderId, userId, kind, status: "PENDING", message, lastCheckedAt: now, sendClaimedAt: target ? now : null },
      select: { id: true },
    });
    await recordOrderEvent(tx, {
      orderId,
      kind: `${kind}_requested`,
      toStatus: null,
      message: message ?? `Customer asked for a ${kind}`,
      data: { requestId: created.id },
      actorId: userId,
    });
    return { request: { id: created.id, orderId, userId, kind }, target };
  });
}
