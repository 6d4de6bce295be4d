import { db, type Tx } from "@/lib/db";
import { AppError, invalidField } from "@/lib/errors/app-error";
import { liveServiceChoice, type LiveChoice } from "@/lib/catalog/live-service-choice";
import { orderNotFound, type LockedOrder } from "./lock-order";

/** Where an admin's forward sends the order: a provider, the upstream service id, its rate (provider's currency). */
export type ForwardTarget = {
  providerId: string;
  providerServiceId: string;
  providerServiceRate: string | null;
  /** The order had another provider or upstream service before: a move, on the timeline and in the audit log. */
  moved: boolean;
};

/**
 * Another provider's equivalent service, checked against that provider's live list before any
 * transaction (it is an HTTP call): the provider is active, lists the id now, and the service is of the
 * order's service's type.
 */
export async function pickFromLiveList(orderId: number, providerId: string | undefined, providerServiceId: string): Promise<LiveChoice> {
  if (!providerId) throw invalidField("providerId", "validation.required");
  const order = await db.order.findUnique({ where: { id: orderId }, select: { service: { select: { type: true } } } });
  if (!order) throw orderNotFound(orderId);
  return liveServiceChoice(providerId, providerServiceId, order.service.type);
}

/**
 * The target of a forward, read under the order's lock. With a pick from a live list, that service.
 * Without one, the order's own provider and upstream service (kept since it was placed), or — for an
 * order with none (a manual order sent on) or when the admin names the service's current provider —
 * the service's current ones. Any other provider is a 422 naming providerId: it needs a service picked.
 */
export async function forwardTarget(
  tx: Tx,
  order: LockedOrder,
  providerId: string | undefined,
  pick: LiveChoice | null,
): Promise<ForwardTarget> {
  const moved = (target: string, upstream: string) =>
    order.providerId !== null && (order.providerId !== target || order.providerServiceId !== upstream);
  if (pick) {
    return {
      providerId: pick.providerId,
      providerServiceId: pick.service.serviceId,
      providerServiceRate: pick.service.rate.toString(),
      moved: moved(pick.providerId, pick.service.serviceId),
    };
  }
  const service = await tx.service.findUniqueOrThrow({
    where: { id: order.serviceId },
    select: { providerId: true, providerServiceId: true, providerRate: true },
  });
  const target = providerId ?? order.providerId ?? service.providerId;
  if (!target) throw invalidField("providerId", "validation.order.providerNeeded");
  const provider = await tx.provider.findUnique({ where: { id: target }, select: { status: true } });
  if (!provider) throw invalidField("providerId", "validation.order.providerUnknown");
  if (provider.status !== "ACTIVE") throw invalidField("providerId", "validation.order.providerDisabled");
  if (target === order.providerId && order.providerServiceId)
    return { providerId: target, providerServiceId: order.providerServiceId, providerServiceRate: order.providerServiceRate, moved: false };
  if (target !== service.providerId || !service.providerServiceId)
    throw invalidField("providerId", "validation.order.providerLacksService");
  return {
    providerId: target,
    providerServiceId: service.providerServiceId,
    providerServiceRate: service.providerRate?.toString() ?? null,
    moved: moved(target, service.providerServiceId),
  };
}

/**
 * A FORWARD_FAILED order was refunded in full when it failed (its one ORDER_REFUND). Sending it again
 * would need a second charge for the same order, which the ledger refuses (one ORDER_CHARGE per order)
 * and the lifecycle forbids (FORWARD_FAILED is final); charging a customer again without asking could
 * also take money they have since spent. So it is refused: the customer places it again.
 */
export function alreadyRefunded(orderId: number): AppError {
  const message = `order #${orderId} failed and was refunded in full, so it is not sent again (that would charge the customer a second time): the customer can place it again`;
  return new AppError("order_refunded", `orderId: ${message}`, 409, { fields: { orderId: [message] }, orderId });
}
