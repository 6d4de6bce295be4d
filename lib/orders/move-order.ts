import { creditCommission } from "@/lib/affiliates/credit-commission";
import type { OrderStatus } from "@/lib/db/generated/enums";
import type { Prisma, Tx } from "@/lib/db";
import { money, toStorage } from "@/lib/money/money";
import { notifyRoles, notifyUser } from "@/lib/notifications/notify-user";
import { postLedgerEntry } from "@/lib/wallet/post-ledger-entry";
import { recordOrderEvent } from "./record-event";
import type { OrderEventKind } from "./timeline/event-kinds";
import { refundFor } from "./refund-math";
import { isFinal, statusesLeadingTo } from "./state-machine";

export type OrderMove = {
  to: OrderStatus;
  kind: OrderEventKind;
  remains?: number | null;
  startCount?: number | null;
  providerOrderId?: string;
  providerCharge?: string | null;
  providerCurrency?: string | null;
  message?: string;
  data?: Prisma.InputJsonValue;
  actorId?: string | null;
};

/**
 * Moves an order forward with a guarded update (only from a status that may lead to `to`), and in the
 * same transaction refunds what the final status gives back: one ORDER_REFUND ledger entry per order,
 * unique, so overlapping syncs or repeated results refund once. Returns false when the move was not
 * allowed (already there, or a stale/out-of-order result); the caller records that as ignored.
 * A final move of a referred customer's order also credits their referrer's commission on what the
 * order earned (lib/affiliates/credit-commission.ts), in the same transaction and once per order.
 */
export async function moveOrder(tx: Tx, orderId: number, move: OrderMove): Promise<{ moved: boolean; refunded: string | null }> {
  const from = statusesLeadingTo(move.to);
  const now = new Date();
  const progress = {
    ...(move.remains !== undefined ? { remains: move.remains } : {}),
    ...(move.startCount !== undefined ? { startCount: move.startCount } : {}),
    ...(move.providerCharge !== undefined ? { providerCharge: move.providerCharge } : {}),
    ...(move.providerCurrency !== undefined ? { providerCurrency: move.providerCurrency } : {}),
  };
  const changed = await tx.order.updateMany({
    where: { id: orderId, status: { in: from } },
    data: {
      status: move.to,
      ...progress,
      ...(move.providerOrderId ? { providerOrderId: move.providerOrderId, forwardedAt: now } : {}),
      ...(isFinal(move.to) ? { finishedAt: now } : {}),
      lastCheckedAt: now,
    },
  });
  if (changed.count === 0) return { moved: false, refunded: null };

  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: {
      userId: true,
      providerId: true,
      charge: true,
      refunded: true,
      quantity: true,
      remains: true,
      user: { select: { referredById: true } },
    },
  });
  let refunded: string | null = null;
  if (move.to === "PARTIAL" || move.to === "CANCELED" || move.to === "FORWARD_FAILED") {
    const amount = refundFor({
      status: move.to,
      charge: money(order.charge),
      quantity: order.quantity,
      remains: order.remains,
      refunded: money(order.refunded),
    });
    if (amount.gt(0)) {
      await postLedgerEntry(tx, {
        userId: order.userId,
        kind: "ORDER_REFUND",
        amount,
        referenceType: "order",
        referenceId: String(orderId),
        actorId: move.actorId ?? null,
        memo: { key: "stored.ledger.orderRefund", values: { id: orderId, status: move.to } },
      });
      await tx.order.update({ where: { id: orderId }, data: { refunded: toStorage(money(order.refunded).plus(amount)) } });
      refunded = toStorage(amount);
    }
  }
  if (isFinal(move.to) && order.user.referredById) {
    // The referrer's commission on what the order finally earned, once, in this same transaction.
    const refundedTotal = money(order.refunded).plus(refunded ?? 0);
    await creditCommission(tx, {
      orderId,
      userId: order.userId,
      referrerId: order.user.referredById,
      charge: money(order.charge),
      refunded: refundedTotal,
    });
  }
  if (move.to === "COMPLETED" || move.to === "PARTIAL" || move.to === "CANCELED" || move.to === "FORWARD_FAILED") {
    await notifyUser(tx, orderNotice(order.userId, orderId, move.to, refunded));
  }
  if (move.to === "UNCERTAIN" && !(await uncertainAlreadyReported(tx, orderId, order.providerId, now))) {
    await notifyRoles(tx, ["ADMIN"], {
      kind: "order.uncertain",
      title: `Order #${orderId} is uncertain`,
      body: `${move.message ?? ""}\nFurther uncertain orders of the same provider in the next ${UNCERTAIN_QUIET_MINUTES} minutes are not announced one by one: see /admin/orders?status=UNCERTAIN`.trim(),
      link: `/admin/orders/${orderId}`,
    });
  }
  await recordOrderEvent(tx, {
    orderId,
    kind: move.kind,
    fromStatus: null,
    toStatus: move.to,
    message: move.message ?? null,
    data: {
      ...(move.data as object | undefined),
      ...(refunded ? { refunded } : {}),
      ...(move.providerOrderId ? { providerOrderId: move.providerOrderId } : {}),
      ...progress,
    } as Prisma.InputJsonValue,
    actorId: move.actorId ?? null,
  });
  return { moved: true, refunded };
}

/** A provider outage turns many orders uncertain at once: admins hear of the first, not of each. */
export const UNCERTAIN_QUIET_MINUTES = 30;

/** True when another order of this provider went uncertain within the quiet window (already announced). */
async function uncertainAlreadyReported(tx: Tx, orderId: number, providerId: string | null, now: Date): Promise<boolean> {
  if (!providerId) return false;
  const since = new Date(now.getTime() - UNCERTAIN_QUIET_MINUTES * 60_000);
  // moveOrder stamps lastCheckedAt with the move, so this is the (status, provider, last_checked_at) index.
  const earlier = await tx.order.findFirst({
    where: { status: "UNCERTAIN", providerId, lastCheckedAt: { gte: since }, id: { not: orderId } },
    select: { id: true },
  });
  return earlier !== null;
}

/** The customer's in-app notice; the kind is the message key (titles are rendered in their language). */
function orderNotice(
  userId: string,
  orderId: number,
  status: "COMPLETED" | "PARTIAL" | "CANCELED" | "FORWARD_FAILED",
  refunded: string | null,
) {
  const kind = { COMPLETED: "completed", PARTIAL: "partial", CANCELED: "canceled", FORWARD_FAILED: "failed" }[status];
  return {
    userId,
    kind: `order.${kind}`,
    title: { key: "stored.notice.order", values: { id: orderId, status } },
    body: refunded ? { key: "stored.notice.orderRefunded", values: { amount: money(refunded).toFixed(2) } } : "",
    link: `/user/orders/${orderId}`,
  };
}
