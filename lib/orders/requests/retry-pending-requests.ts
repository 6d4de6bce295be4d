import { db } from "@/lib/db";
import { moveRequest } from "./move-request";
import { isRequestKind } from "./request-kind";
import { sendRequest, type SendOutcome } from "./send-request";

const BATCH = 100;
/** After this long without reaching the provider, a request gives up (FAILED) and the customer may ask again. */
export const GIVE_UP_AFTER_MS = 24 * 60 * 60 * 1000;

/** A send claim older than this was left by a sender that died between the call and recording its answer. */
export const REQUEST_CLAIM_MINUTES = 10;

export type RetryResult = { retried: number; gaveUp: number; outcomes: Partial<Record<SendOutcome, number>> };

/**
 * Sends again the PENDING requests of auto-mode orders whose earlier send reached nothing (their claim
 * was released). Each is claimed with a guarded update first, so overlapping runs send it once.
 * Requests still claimed (a send in flight, or waiting for an admin) and FAILED ones are left alone;
 * one that could not be sent for a day is given up (FAILED, nothing was ever sent).
 */
export async function retryPendingRequests(): Promise<RetryResult> {
  await expireRequestClaims();
  const waiting = await db.orderRequest.findMany({
    where: { status: "PENDING", lastCheckedAt: null },
    orderBy: { createdAt: "asc" },
    take: BATCH,
    select: { id: true, orderId: true, userId: true, kind: true, createdAt: true },
  });
  const orders = await db.order.findMany({
    where: {
      id: { in: waiting.map((request) => request.orderId) },
      mode: "AUTO",
      providerId: { not: null },
      providerOrderId: { not: null },
    },
    select: { id: true, providerId: true, providerOrderId: true },
  });
  const byId = new Map(orders.map((order) => [order.id, order]));
  const result: RetryResult = { retried: 0, gaveUp: 0, outcomes: {} };
  for (const { createdAt, kind, ...row } of waiting) {
    const order = byId.get(row.orderId);
    if (!order?.providerId || !order.providerOrderId || !isRequestKind(kind)) continue;
    const request = { ...row, kind };
    const claimed = await db.orderRequest.updateMany({
      where: { id: request.id, status: "PENDING", lastCheckedAt: null },
      data: { lastCheckedAt: new Date(), sendClaimedAt: new Date() },
    });
    if (claimed.count === 0) continue;
    if (Date.now() - createdAt.getTime() > GIVE_UP_AFTER_MS) {
      const message = "The provider could not be reached for a day; nothing was sent. You can ask again.";
      if (await db.$transaction((tx) => moveRequest(tx, request, { to: "FAILED", message, notify: true }))) result.gaveUp += 1;
      continue;
    }
    const outcome = await sendRequest(request, { providerId: order.providerId, providerOrderId: order.providerOrderId }, { notify: true });
    result.retried += 1;
    result.outcomes[outcome] = (result.outcomes[outcome] ?? 0) + 1;
  }
  return result;
}

/**
 * Requests whose sender died mid-send (docs/ARCHITECTURE.md, invariant 11): the request may have reached the
 * provider, so it is never sent again by itself. It ends FAILED, as a lost answer does, and the
 * customer may ask again; the order's timeline says why.
 */
export async function expireRequestClaims(now = new Date()): Promise<number> {
  const stale = await db.orderRequest.findMany({
    where: { status: "PENDING", sendClaimedAt: { lt: new Date(now.getTime() - REQUEST_CLAIM_MINUTES * 60_000) } },
    select: { id: true, orderId: true, userId: true, kind: true },
    take: BATCH,
  });
  let expired = 0;
  for (const { kind, ...row } of stale) {
    if (!isRequestKind(kind)) continue;
    const message =
      "Sending was interrupted before the provider's answer was recorded. It may have reached the provider, so it was not sent again. You can ask again.";
    if (
      await db.$transaction((tx) =>
        moveRequest(tx, { ...row, kind }, { to: "FAILED", message, notify: true, data: { reason: "send_claim_expired" } }),
      )
    )
      expired += 1;
  }
  return expired;
}
