import type { OrderStatus } from "@/lib/db/generated/enums";
import { db, type Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import type { LiveChoice } from "@/lib/catalog/live-service-choice";
import { forwardOrder, type ForwardOutcome } from "../forward-order";
import { moveOrder } from "../move-order";
import { recordOrderEvent } from "../record-event";
import { alreadyRefunded, forwardTarget, pickFromLiveList, type ForwardTarget } from "./forward-target";
import { assertNotBeingForwarded, lockOrder, wrongState, type AdminActor, type LockedOrder } from "./lock-order";

export type ForwardResult = {
  orderId: number;
  providerOrderId: string | null;
  status: OrderStatus;
  outcome: ForwardOutcome;
  message: string | null;
};

/**
 * Sends a PENDING order to a provider now (the product's forward-to-provider). Without
 * `providerServiceId`, `providerId` must be the order's own provider (or its service's current one):
 * the order goes as the upstream service it was placed with. With `providerServiceId`, the order moves
 * to that service of `providerId`, picked from the provider's LIVE list (same type as the order's
 * service), recorded on the timeline and in the audit log, then sent. An UNCERTAIN order may already be
 * at a provider: it is sent again (anywhere) only with `confirmResend`. A FORWARD_FAILED order was
 * refunded and is refused (forward-target.ts, alreadyRefunded). Preparation is one transaction with its
 * audit rows; the send itself is forwardOrder's at-most-once claim, so a sweeper running at the same
 * moment cannot send it twice, and an order already being sent cannot be moved (forward_in_flight).
 */
export async function forwardToProvider(
  orderId: number,
  providerId: string | undefined,
  actor: AdminActor,
  options: { confirmResend?: boolean; providerServiceId?: string } = {},
): Promise<ForwardResult> {
  const pick = options.providerServiceId ? await pickFromLiveList(orderId, providerId, options.providerServiceId) : null;
  await db.$transaction(async (tx) => {
    const order = await lockOrder(tx, orderId);
    if (order.status === "UNCERTAIN") {
      if (!options.confirmResend)
        throw wrongState(
          orderId,
          order.status,
          "it may already be at the provider: attach its provider order id, or resend knowingly (confirmResend)",
        );
    } else if (order.status === "FORWARD_FAILED") {
      throw alreadyRefunded(orderId);
    } else if (order.status !== "PENDING") {
      throw wrongState(orderId, order.status, "only pending orders are forwarded");
    } else {
      assertNotBeingForwarded(order);
    }
    await prepareForward(tx, order, providerId, actor, pick);
  });
  return sendNow(orderId, actor);
}

/**
 * Checks the target, points the order at it (a move is recorded), and (for an UNCERTAIN order) moves it
 * back to PENDING, unclaimed.
 */
export async function prepareForward(
  tx: Tx,
  order: LockedOrder,
  providerId: string | undefined,
  actor: AdminActor,
  pick: LiveChoice | null = null,
): Promise<void> {
  const target = await forwardTarget(tx, order, providerId, pick);
  const resend = order.status === "UNCERTAIN";
  if (resend) {
    await moveOrder(tx, order.id, {
      to: "PENDING",
      kind: "admin_resend",
      message: "Resent knowingly by an admin (it may already be at the provider)",
      data: { from: order.status, by: "admin" },
      actorId: actor.id,
    });
  }
  await tx.order.update({
    where: { id: order.id },
    data: {
      providerId: target.providerId,
      providerServiceId: target.providerServiceId,
      providerServiceRate: target.providerServiceRate,
      mode: "AUTO",
      forwardClaimedAt: null,
    },
  });
  const audit = {
    objectType: "order",
    objectId: String(order.id),
    actorId: actor.id,
    ip: actor.ip ?? null,
    requestId: actor.requestId ?? null,
  };
  if (target.moved) await recordMove(tx, order, target, actor, audit);
  await recordAudit(tx, {
    ...audit,
    action: resend ? "order.resend" : "order.forward",
    before: { status: order.status, providerId: order.providerId, mode: order.mode },
    after: { status: "PENDING", providerId: target.providerId, mode: "AUTO" },
  });
}

/** A move to another provider or upstream service: a timeline line naming both providers, and its audit row. */
async function recordMove(
  tx: Tx,
  order: LockedOrder,
  target: ForwardTarget,
  actor: AdminActor,
  audit: Omit<Parameters<typeof recordAudit>[1], "action">,
) {
  const names = await tx.provider.findMany({
    where: { id: { in: [order.providerId!, target.providerId] } },
    select: { id: true, name: true },
  });
  const name = (id: string | null) => names.find((provider) => provider.id === id)?.name ?? null;
  await recordOrderEvent(tx, {
    orderId: order.id,
    kind: "admin_move",
    message: `Moved by an admin from ${name(order.providerId) ?? "its provider"} (service ${order.providerServiceId ?? "—"}) to ${name(target.providerId)} (service ${target.providerServiceId})`,
    data: {
      by: "admin",
      fromProviderId: order.providerId,
      fromProviderName: name(order.providerId),
      fromProviderServiceId: order.providerServiceId,
      providerId: target.providerId,
      providerName: name(target.providerId),
      providerServiceId: target.providerServiceId,
    },
    actorId: actor.id,
  });
  await recordAudit(tx, {
    ...audit,
    action: "order.move",
    before: { providerId: order.providerId, providerServiceId: order.providerServiceId, providerServiceRate: order.providerServiceRate },
    after: { providerId: target.providerId, providerServiceId: target.providerServiceId, providerServiceRate: target.providerServiceRate },
  });
}

/** forwardOrder (claim, send, record) and the order as it ends up. */
export async function sendNow(orderId: number, actor: AdminActor): Promise<ForwardResult> {
  const outcome = await forwardOrder(orderId, { actorId: actor.id });
  const order = await db.order.findUniqueOrThrow({
    where: { id: orderId },
    select: {
      status: true,
      providerOrderId: true,
      events: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 1, select: { message: true } },
    },
  });
  return { orderId, providerOrderId: order.providerOrderId, status: order.status, outcome, message: order.events[0]?.message ?? null };
}
