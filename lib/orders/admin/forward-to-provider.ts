import type { OrderStatus } from "@/lib/db/generated/enums";
import { db, type Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { invalidField } from "@/lib/errors/app-error";
import { forwardOrder, type ForwardOutcome } from "../forward-order";
import { moveOrder } from "../move-order";
import { assertNotBeingForwarded, lockOrder, wrongState, type AdminActor, type LockedOrder } from "./lock-order";

export type ForwardResult = {
  orderId: number;
  providerOrderId: string | null;
  status: OrderStatus;
  outcome: ForwardOutcome;
  message: string | null;
};

/**
 * Sends a PENDING order to its provider now (the product's forward-to-provider). `providerId` must be
 * the provider that offers the order's service (its upstream service id is what gets sent). An
 * UNCERTAIN order may already be at the provider: it is sent again only with `confirmResend`.
 * Preparation (provider, mode, the resend move) is one transaction with its audit row; the send itself
 * is forwardOrder's at-most-once claim, so a sweeper running at the same moment cannot send it twice.
 */
export async function forwardToProvider(
  orderId: number,
  providerId: string | undefined,
  actor: AdminActor,
  options: { confirmResend?: boolean } = {},
): Promise<ForwardResult> {
  await db.$transaction(async (tx) => {
    const order = await lockOrder(tx, orderId);
    if (order.status === "UNCERTAIN") {
      if (!options.confirmResend)
        throw wrongState(
          orderId,
          order.status,
          "it may already be at the provider: attach its provider order id, or resend knowingly (confirmResend)",
        );
    } else if (order.status !== "PENDING") {
      throw wrongState(orderId, order.status, "only pending orders are forwarded");
    } else {
      assertNotBeingForwarded(order);
    }
    await prepareForward(tx, order, providerId, actor);
  });
  return sendNow(orderId, actor);
}

/** Checks the provider, points the order at it, and (for an UNCERTAIN order) moves it back to PENDING, unclaimed. */
export async function prepareForward(tx: Tx, order: LockedOrder, providerId: string | undefined, actor: AdminActor): Promise<void> {
  const service = await tx.service.findUniqueOrThrow({
    where: { id: order.serviceId },
    select: { providerId: true, providerServiceId: true },
  });
  const target = providerId ?? service.providerId ?? order.providerId;
  if (!target) throw invalidField("providerId", "validation.order.providerNeeded");
  const provider = await tx.provider.findUnique({ where: { id: target }, select: { status: true } });
  if (!provider) throw invalidField("providerId", "validation.order.providerUnknown");
  if (provider.status !== "ACTIVE") throw invalidField("providerId", "validation.order.providerDisabled");
  if (target !== service.providerId || !service.providerServiceId)
    throw invalidField("providerId", "validation.order.providerLacksService");

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
  await tx.order.update({ where: { id: order.id }, data: { providerId: target, mode: "AUTO", forwardClaimedAt: null } });
  await recordAudit(tx, {
    actorId: actor.id,
    action: resend ? "order.resend" : "order.forward",
    objectType: "order",
    objectId: String(order.id),
    before: { status: order.status, providerId: order.providerId, mode: order.mode },
    after: { status: "PENDING", providerId: target, mode: "AUTO" },
    ip: actor.ip ?? null,
    requestId: actor.requestId ?? null,
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
