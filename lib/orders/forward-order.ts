import { db } from "@/lib/db";
import { hitRateLimit } from "@/lib/cache/rate-limit";
import { logger } from "@/lib/log/logger";
import { deliverPendingMail } from "@/lib/notifications/deliver-mail";
import { notifyRoles } from "@/lib/notifications/notify-user";
import { isProviderError } from "@/lib/providers/api-v2";
import { providerClientFor } from "@/lib/providers/provider-client";
import { moveOrder } from "./move-order";
import { providerAddParams } from "./provider-add-params";
import { recordOrderEvent } from "./record-event";

export type ForwardOutcome = "forwarded" | "failed" | "uncertain" | "deferred" | "waiting_funds" | "skipped";

/**
 * Sends one order to its provider AT MOST ONCE. The claim (forward_claimed_at) is committed before the
 * HTTP call; only a PENDING, unclaimed order can be claimed. A definite refusal fails the order with a
 * full refund; "nothing was sent" (connection refused, breaker open, rate limit) and provider problems
 * that created nothing (out of funds, our key refused) release the claim for a later try; a timeout or
 * lost answer leaves the order UNCERTAIN for an admin — never resent by itself.
 */
export async function forwardOrder(orderId: number, options: { actorId?: string } = {}): Promise<ForwardOutcome> {
  const claimed = await db.$queryRaw<{ provider_id: string | null }[]>`
    UPDATE orders SET forward_claimed_at = now(), updated_at = now()
     WHERE id = ${orderId} AND status = 'PENDING' AND mode = 'AUTO' AND forward_claimed_at IS NULL
     RETURNING provider_id`;
  if (claimed.length === 0 || !claimed[0].provider_id) return "skipped";
  const order = await db.order.findUniqueOrThrow({ where: { id: orderId }, select: { link: true, quantity: true, params: true, providerId: true, service: { select: { type: true, providerServiceId: true } } } });
  await recordOrderEvent(db, { orderId, kind: "forward_attempt", message: "Sending to the provider", actorId: options.actorId ?? null });

  try {
    const client = await providerClientFor(order.providerId!);
    const { providerOrderId } = await client.add(providerAddParams(order.service.type, order.service.providerServiceId ?? "", order));
    await db.$transaction((tx) => moveOrder(tx, orderId, { to: "PROCESSING", kind: "forwarded", providerOrderId, message: `Provider order ${providerOrderId}`, actorId: options.actorId }));
    return "forwarded";
  } catch (error) {
    if (!isProviderError(error)) {
      await release(orderId, `Not sent: ${error instanceof Error ? error.message : String(error)}`);
      logger.error({ err: error, orderId }, "forward failed before sending");
      return "deferred";
    }
    if (error.kind === "rejected") {
      await db.$transaction((tx) => moveOrder(tx, orderId, { to: "FORWARD_FAILED", kind: "forward_rejected", message: error.message, data: { reason: error.reason ?? "other" }, actorId: options.actorId }));
      return "failed";
    }
    if (error.outcomeUnknown) {
      await db.$transaction((tx) => moveOrder(tx, orderId, { to: "UNCERTAIN", kind: "forward_uncertain", message: `${error.kind}: ${error.message}`, actorId: options.actorId }));
      return "uncertain";
    }
    await release(orderId, `${error.kind}: ${error.message}`);
    if (error.kind === "funds" || error.kind === "auth") {
      await alertAdmins(order.providerId!, error.kind, error.message);
      return "waiting_funds";
    }
    return "deferred";
  }
}

/** Nothing was created upstream: the order goes back to waiting, for the sweeper to try again. */
async function release(orderId: number, message: string) {
  await db.order.updateMany({ where: { id: orderId, status: "PENDING" }, data: { forwardClaimedAt: null } });
  await recordOrderEvent(db, { orderId, kind: "forward_deferred", message });
}

async function alertAdmins(providerId: string, kind: "funds" | "auth", message: string) {
  const limit = await hitRateLimit({ name: `provider-${kind}-alert`, limit: 1, windowSeconds: 3600 }, providerId);
  if (!limit.allowed) return;
  const provider = await db.provider.findUnique({ where: { id: providerId }, select: { name: true } });
  const notices = await notifyRoles(db, ["ADMIN"], {
    kind: "provider.problem",
    title: kind === "funds" ? `Provider "${provider?.name}" is out of funds` : `Provider "${provider?.name}" refused our API key`,
    body: `Orders for provider "${provider?.name}" are waiting: ${message}. They will be sent automatically once the provider accepts them again.`,
    link: `/admin/providers/${providerId}`,
  });
  await deliverPendingMail({ ids: notices });
}
