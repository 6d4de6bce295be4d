import { db } from "@/lib/db";
import { INT4_MAX } from "@/lib/validation/int4";
import { customerHistory, type CustomerStep } from "./customer-history";
import { ownOrderStatuses, type OwnOrder } from "./list-own-orders";

export type OwnRefund = { amount: string; at: Date };
export type OwnChild = Awaited<ReturnType<typeof ownChildren>>[number];
export type OwnOrderDetail = { order: OwnOrder; history: CustomerStep[]; refunds: OwnRefund[]; children: OwnChild[] };

/**
 * One of the customer's own orders for its page: the order, its history in customer-safe steps, and
 * the refunds it gave back (amount and when). Another customer's id, or one that does not exist, is
 * null: every query has the owner in its `where`, so nothing of someone else's order is even read.
 */
export async function ownOrderDetail(userId: string, orderId: number): Promise<OwnOrderDetail | null> {
  if (!Number.isSafeInteger(orderId) || orderId <= 0 || orderId > INT4_MAX) return null;
  const [orders, events, refunds, children] = await Promise.all([
    ownOrderStatuses(userId, [orderId]),
    db.orderEvent.findMany({
      where: { orderId, order: { userId } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      // No message and no actor: the history is built from the kind, the status and counts only.
      select: { kind: true, toStatus: true, data: true, createdAt: true },
    }),
    db.ledgerEntry.findMany({
      where: { userId, kind: "ORDER_REFUND", referenceType: "order", referenceId: String(orderId) },
      orderBy: { createdAt: "asc" },
      select: { amount: true, createdAt: true },
    }),
    ownChildren(userId, orderId),
  ]);
  const order = orders[0];
  if (!order) return null;
  return {
    order,
    history: customerHistory(events, order),
    refunds: refunds.map((entry) => ({ amount: entry.amount.toFixed(4), at: entry.createdAt })),
    children,
  };
}

/** A drip-feed's or subscription's child orders at the provider, oldest first; the owner is in the query. */
function ownChildren(userId: string, orderId: number) {
  return db.orderChild.findMany({
    where: { orderId, order: { userId } },
    orderBy: [{ createdAt: "asc" }, { providerOrderId: "asc" }],
    take: 500,
    select: { providerOrderId: true, status: true, quantity: true, remains: true },
  });
}
