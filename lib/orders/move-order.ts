import type { OrderStatus } from "@/lib/db/generated/enums";
import type { Prisma, Tx } from "@/lib/db";
import { money, toStorage } from "@/lib/money/money";
import { notifyRoles, notifyUser } from "@/lib/notifications/notify-user";
import { postLedgerEntry } from "@/lib/wallet/post-ledger-entry";
import { recordOrderEvent } from "./record-event";
import { refundFor } from "./refund-math";
import { isFinal, statusesLeadingTo } from "./state-machine";

export type OrderMove = {
  to: OrderStatus;
  kind: string;
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
    data: { status: move.to, ...progress, ...(move.providerOrderId ? { providerOrderId: move.providerOrderId, forwardedAt: now } : {}), ...(isFinal(move.to) ? { finishedAt: now } : {}), lastCheckedAt: now },
  });
  if (changed.count === 0) return { moved: false, refunded: null };

  const order = await tx.order.findUniqueOrThrow({ where: { id: orderId }, select: { userId: true, charge: true, refunded: true, quantity: true, remains: true } });
  let refunded: string | null = null;
  if (move.to === "PARTIAL" || move.to === "CANCELED" || move.to === "FORWARD_FAILED") {
    const amount = refundFor({ status: move.to, charge: money(order.charge), quantity: order.quantity, remains: order.remains, refunded: money(order.refunded) });
    if (amount.gt(0)) {
      await postLedgerEntry(tx, { userId: order.userId, kind: "ORDER_REFUND", amount, referenceType: "order", referenceId: String(orderId), actorId: move.actorId ?? null, memo: `Refund for order #${orderId} (${move.to.toLowerCase().replace("_", " ")})` });
      await tx.order.update({ where: { id: orderId }, data: { refunded: toStorage(money(order.refunded).plus(amount)) } });
      refunded = toStorage(amount);
    }
  }
  if (move.to === "COMPLETED" || move.to === "PARTIAL" || move.to === "CANCELED" || move.to === "FORWARD_FAILED") {
    await notifyUser(tx, orderNotice(order.userId, orderId, move.to, refunded));
  }
  if (move.to === "UNCERTAIN") {
    await notifyRoles(tx, ["ADMIN"], { kind: "order.uncertain", title: `Order #${orderId} is uncertain`, body: move.message ?? "", link: `/admin/orders/${orderId}` });
  }
  await recordOrderEvent(tx, { orderId, kind: move.kind, fromStatus: null, toStatus: move.to, message: move.message ?? null, data: { ...(move.data as object | undefined), ...(refunded ? { refunded } : {}), ...progress } as Prisma.InputJsonValue, actorId: move.actorId ?? null });
  return { moved: true, refunded };
}

/** The customer's in-app notice; the kind is the message key (titles are rendered in their language). */
function orderNotice(userId: string, orderId: number, status: "COMPLETED" | "PARTIAL" | "CANCELED" | "FORWARD_FAILED", refunded: string | null) {
  const title = { COMPLETED: "completed", PARTIAL: "partial", CANCELED: "canceled", FORWARD_FAILED: "failed" }[status];
  return {
    userId,
    kind: `order.${title}`,
    title: `Order #${orderId} ${title}`,
    body: refunded ? `Refunded ৳${money(refunded).toFixed(2)} to your balance.` : "",
    link: `/user/orders?q=${orderId}`,
  };
}
