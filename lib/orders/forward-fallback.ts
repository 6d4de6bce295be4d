import { db } from "@/lib/db";
import { dispatch } from "@/lib/jobs/dispatch";
import type { ProviderError } from "@/lib/providers/client";
import { recordOrderEvent } from "./record-event";

/**
 * After the order's provider definitely refused it (nothing was created there), hands the order to its
 * service's fallback provider — at most once per order (orders.fallback_at), never back to the provider
 * that refused, never to a disabled one. One transaction: a guarded update (still PENDING, still claimed
 * by this forward, no fallback yet, still at the refusing provider) re-points the order to the fallback's
 * service and rate, stamps fallback_at and releases the claim; the timeline says so. The order is then
 * forwarded afresh through forwardOrder's claim, so there is still at most one live send: the first
 * provider has nothing, the second gets it at most once. Returns false when there is no fallback to
 * take (the caller then fails the order with its refund, as before).
 */
export async function fallBack(orderId: number, from: { id: string; name: string | null }, error: ProviderError): Promise<boolean> {
  const target = await db.$transaction(async (tx) => {
    const order = await tx.order.findUniqueOrThrow({
      where: { id: orderId },
      select: {
        fallbackAt: true,
        service: {
          select: {
            fallbackProviderId: true,
            fallbackProviderServiceId: true,
            fallbackProviderRate: true,
            fallbackProvider: { select: { name: true, status: true } },
          },
        },
      },
    });
    const { fallbackProviderId, fallbackProviderServiceId, fallbackProviderRate, fallbackProvider } = order.service;
    if (order.fallbackAt || !fallbackProviderId || !fallbackProviderServiceId || fallbackProviderId === from.id) return null;
    if (fallbackProvider?.status !== "ACTIVE") return null;
    const moved = await tx.order.updateMany({
      where: { id: orderId, status: "PENDING", mode: "AUTO", providerId: from.id, fallbackAt: null, forwardClaimedAt: { not: null } },
      data: {
        providerId: fallbackProviderId,
        providerServiceId: fallbackProviderServiceId,
        providerServiceRate: fallbackProviderRate,
        fallbackAt: new Date(),
        forwardClaimedAt: null,
      },
    });
    if (moved.count === 0) return null;
    await recordOrderEvent(tx, {
      orderId,
      kind: "forward_fallback",
      message: `${from.name ?? "The provider"} refused it (${error.message}); sending it once to the fallback provider ${fallbackProvider.name}`,
      data: {
        reason: error.reason ?? "other",
        fromProviderId: from.id,
        fromProviderName: from.name,
        providerId: fallbackProviderId,
        providerName: fallbackProvider.name,
        providerServiceId: fallbackProviderServiceId,
      },
    });
    return { providerId: fallbackProviderId };
  });
  if (!target) return false;
  // After the commit; a lost event is picked up by the forward sweeper (the order is PENDING and unclaimed).
  await dispatch("orders/forward.requested", { orderId, providerId: target.providerId }, `forward-${orderId}-fallback`);
  return true;
}
