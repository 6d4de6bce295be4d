import { db, Prisma } from "@/lib/db";
import { hitRateLimit } from "@/lib/cache/rate-limit";
import { logger } from "@/lib/log/logger";
import { deliverPendingMail } from "@/lib/notifications/deliver-mail";
import { notifyRoles } from "@/lib/notifications/notify-user";
import { isProviderError, type ProviderError } from "@/lib/providers/client";
import { providerClientFor } from "@/lib/providers/provider-client";
import { moveOrder } from "./move-order";
import { providerAddParams } from "./provider-add-params";
import { fallBack } from "./forward-fallback";
import { estimatedProviderCharge } from "./provider-cost";
import { recordOrderEvent } from "./record-event";
import { OPEN_STATUSES } from "./state-machine";

export type ForwardOutcome = "forwarded" | "failed" | "fallback" | "uncertain" | "deferred" | "waiting_funds" | "skipped";

type ForwardOptions = { actorId?: string };

/**
 * Sends one order to its provider AT MOST ONCE (docs/ARCHITECTURE.md, invariant 5). The claim (forward_claimed_at)
 * is committed before the HTTP call; only a PENDING, unclaimed order can be claimed. The work has three
 * phases, and what a failure means depends only on the phase it happens in:
 *  1. before the request (client, key, parameters): nothing left — the claim is released for a later try;
 *  2. the request: a definite refusal fails the order with a full refund, or (once, not for a bad link) hands it
 *     to its service's fallback provider, which is sent afresh; "nothing was sent" and provider
 *     problems that created nothing release the claim; an unknown outcome makes the order UNCERTAIN;
 *  3. after the provider accepted: whatever goes wrong recording the answer (our own database, a reused
 *     provider id) makes the order UNCERTAIN with the answer kept — never back to waiting.
 * If even that write fails (the database is gone), the claim stays and expireForwardClaims hands the
 * order to an admin after the configured minutes.
 */
export async function forwardOrder(orderId: number, options: ForwardOptions = {}): Promise<ForwardOutcome> {
  // The order's own upstream service and rate are read with the claim: what is sent is what was claimed.
  const claimed = await db.$queryRaw<
    { provider_id: string | null; provider_service_id: string | null; provider_service_rate: string | null }[]
  >`
    UPDATE orders SET forward_claimed_at = now(), updated_at = now()
     WHERE id = ${orderId} AND status = 'PENDING' AND mode = 'AUTO' AND forward_claimed_at IS NULL
     RETURNING provider_id, provider_service_id, provider_service_rate::text AS provider_service_rate`;
  if (claimed.length === 0 || !claimed[0].provider_id) return "skipped";
  const providerId = claimed[0].provider_id;

  let send: () => Promise<{ providerOrderId: string }>;
  let cost: AcceptedCost;
  let providerName: string | null = null;
  try {
    const order = await db.order.findUniqueOrThrow({
      where: { id: orderId },
      select: {
        link: true,
        quantity: true,
        runQuantity: true,
        params: true,
        charge: true,
        rate: true,
        service: { select: { type: true, providerId: true, providerServiceId: true, providerRate: true, providerCurrency: true } },
        provider: { select: { name: true, currency: true } },
      },
    });
    providerName = order.provider?.name ?? null;
    const upstream = orderUpstream(claimed[0], order.service, order.provider?.currency ?? null);
    cost = { providerCharge: estimatedProviderCharge(order, upstream.rate), providerCurrency: upstream.currency };
    const client = await providerClientFor(providerId);
    const params = providerAddParams(order.service.type, upstream.serviceId, order);
    await recordOrderEvent(db, {
      orderId,
      kind: "forward_attempt",
      message: "Sending to the provider",
      data: { providerName, providerServiceId: upstream.serviceId },
      actorId: options.actorId ?? null,
    });
    send = () => client.add(params);
  } catch (error) {
    logger.error({ err: error, orderId }, "forward failed before sending");
    await release(orderId, `Not sent: ${error instanceof Error ? error.message : String(error)}`);
    return "deferred";
  }

  let providerOrderId: string;
  try {
    ({ providerOrderId } = await send());
  } catch (error) {
    return settleFailedSend(orderId, { id: providerId, name: providerName }, error, options);
  }
  return recordAccepted(orderId, providerId, providerOrderId, cost, options);
}

/** The provider's expected charge, recorded with the acceptance (the status sync corrects it). */
type AcceptedCost = { providerCharge: string | null; providerCurrency: string | null };

/**
 * What the order is sent as: its own upstream service id and rate (kept since it was placed, or since an
 * admin or the fallback moved it), so a service re-pointed later never changes where an old order goes.
 * Orders without one (rows the migration could not fill) fall back to the service's. The rate is in the
 * order's provider's currency; the service's own currency only counts while the service is still there.
 */
function orderUpstream(
  claimed: { provider_id: string | null; provider_service_id: string | null; provider_service_rate: string | null },
  service: {
    providerId: string | null;
    providerServiceId: string | null;
    providerRate: { toString(): string } | null;
    providerCurrency: string | null;
  },
  providerCurrency: string | null,
) {
  const own = claimed.provider_service_id !== null;
  const sameProvider = service.providerId === claimed.provider_id;
  return {
    serviceId: (own ? claimed.provider_service_id : service.providerServiceId) ?? "",
    rate: own ? claimed.provider_service_rate : service.providerRate,
    currency: (sameProvider ? service.providerCurrency : null) ?? providerCurrency ?? null,
  };
}

/** Phase 2: the request failed. Only a ProviderError that proves nothing was created lets the order wait again. */
async function settleFailedSend(
  orderId: number,
  provider: { id: string; name: string | null },
  error: unknown,
  options: ForwardOptions,
): Promise<ForwardOutcome> {
  const providerId = provider.id;
  if (!isProviderError(error) || error.outcomeUnknown) {
    const reason = isProviderError(error)
      ? `${error.kind}: ${error.message}`
      : `unexpected error while sending: ${error instanceof Error ? error.message : String(error)}`;
    if (!isProviderError(error)) logger.error({ err: error, orderId }, "forward: unexpected error while sending");
    await markUncertain(orderId, { kind: "forward_uncertain", message: reason }, options);
    return "uncertain";
  }
  if (error.kind === "rejected") {
    // A definite refusal created nothing there: the service's fallback provider may get it, once (not for a
    // bad link, which no provider takes). If that write fails, the claim stays and expires to an admin.
    if (error.reason !== "bad_link" && (await fallBack(orderId, provider, error))) return "fallback";
    await db.$transaction((tx) =>
      moveOrder(tx, orderId, {
        to: "FORWARD_FAILED",
        kind: "forward_rejected",
        message: error.message,
        data: { reason: error.reason ?? "other", providerName: provider.name },
        actorId: options.actorId,
      }),
    );
    return "failed";
  }
  await release(orderId, `${error.kind}: ${error.message}`);
  if (error.kind === "funds" || error.kind === "auth") {
    await alertAdmins(providerId, error);
    return "waiting_funds";
  }
  return "deferred";
}

/** Phase 3: the provider has the order. Recording it may fail; the order then waits for an admin, with the answer. */
async function recordAccepted(
  orderId: number,
  providerId: string,
  providerOrderId: string,
  cost: AcceptedCost,
  options: ForwardOptions,
): Promise<ForwardOutcome> {
  try {
    const { moved } = await db.$transaction((tx) =>
      moveOrder(tx, orderId, {
        to: "PROCESSING",
        kind: "forwarded",
        providerOrderId,
        ...(cost.providerCharge !== null ? cost : {}),
        message: `Provider order ${providerOrderId}`,
        actorId: options.actorId,
      }),
    );
    if (moved) return "forwarded";
    // Someone moved the order while it was being sent (an expired claim made it UNCERTAIN and an admin acted).
    const message = `The provider accepted it as order ${providerOrderId}, after the order had already moved on: check it at the provider`;
    await recordOrderEvent(db, { orderId, kind: "forward_answer_late", message, data: { providerOrderId } });
    await notifyRoles(db, ["ADMIN"], {
      kind: "order.uncertain",
      title: `Order #${orderId}: a late answer from the provider`,
      body: message,
      link: `/admin/orders/${orderId}`,
    });
    return "uncertain";
  } catch (error) {
    const clash = await liveOrderWithProviderId(error, providerId, providerOrderId, orderId);
    const message = clash
      ? `The provider accepted it as order ${providerOrderId}, but our order #${clash} (still open) already has that provider id: check both at the provider, then attach the id`
      : `The provider accepted it as order ${providerOrderId}, but recording that failed: attach the id to continue`;
    logger.error({ err: error, orderId, providerOrderId, clashWith: clash }, "forward: accepted but not recorded");
    await markUncertain(
      orderId,
      { kind: "forward_unrecorded", message, data: { providerOrderId, ...(clash ? { clashWithOrderId: clash } : {}) } },
      options,
    );
    return "uncertain";
  }
}

/** A reused provider id (providers reset or recycle ids): the live order that holds it, if that is the failure. */
async function liveOrderWithProviderId(
  error: unknown,
  providerId: string,
  providerOrderId: string,
  orderId: number,
): Promise<number | null> {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return null;
  const holder = await db.order
    .findFirst({ where: { providerId, providerOrderId, status: { in: [...OPEN_STATUSES] }, id: { not: orderId } }, select: { id: true } })
    .catch(() => null);
  return holder?.id ?? null;
}

/** The order may be at the provider: an admin decides. If this write fails too, the claim stays and expires to UNCERTAIN. */
async function markUncertain(
  orderId: number,
  move: { kind: "forward_uncertain" | "forward_unrecorded"; message: string; data?: Prisma.InputJsonValue },
  options: ForwardOptions,
): Promise<void> {
  try {
    await db.$transaction((tx) => moveOrder(tx, orderId, { to: "UNCERTAIN", ...move, actorId: options.actorId }));
  } catch (error) {
    logger.error({ err: error, orderId, ...move }, "forward: could not mark the order uncertain; its claim will expire to uncertain");
  }
}

/** Nothing was created upstream: the order goes back to waiting, for the sweeper to try again. */
async function release(orderId: number, message: string) {
  await db.order.updateMany({ where: { id: orderId, status: "PENDING" }, data: { forwardClaimedAt: null } });
  await recordOrderEvent(db, { orderId, kind: "forward_deferred", message });
}

async function alertAdmins(providerId: string, error: ProviderError) {
  const kind = error.kind as "funds" | "auth";
  const limit = await hitRateLimit({ name: `provider-${kind}-alert`, limit: 1, windowSeconds: 3600 }, providerId);
  if (!limit.allowed) return;
  const provider = await db.provider.findUnique({ where: { id: providerId }, select: { name: true } });
  const notices = await notifyRoles(db, ["ADMIN"], {
    kind: "provider.problem",
    title: kind === "funds" ? `Provider "${provider?.name}" is out of funds` : `Provider "${provider?.name}" refused our API key`,
    body: `Orders for provider "${provider?.name}" are waiting: ${error.message}. They will be sent automatically once the provider accepts them again.`,
    link: `/admin/providers/${providerId}`,
  });
  await deliverPendingMail({ ids: notices });
}
