import { db } from "@/lib/db";
import { creditDemoAccount } from "./account";
import { baseDemoService } from "./catalog";
import { isRefundSettled, markRefunded, orderProgress, type DemoOrderFacts } from "./progress";

// Real panels give back the undelivered part of a Partial or Canceled order. The demo does it lazily,
// when it next looks at the order (status, balance), as one guarded update: the `outcome` moves to
// "<outcome>:refunded" only if nobody did it first, and only then is the account credited.

export interface StoredDemoOrder extends DemoOrderFacts {
  id: number;
  serviceId: number;
  link: string;
  startCount: number;
}

export const STORED_ORDER_SELECT = {
  id: true,
  serviceId: true,
  link: true,
  quantity: true,
  charge: true,
  startCount: true,
  outcome: true,
  durationMs: true,
  finalRemains: true,
  createdAt: true,
  cancelRequestedAt: true,
} as const;

export function isSubscriptionOrder(order: Pick<StoredDemoOrder, "serviceId">): boolean {
  return baseDemoService(order.serviceId)?.type === "SUBSCRIPTIONS";
}

export function progressOf(order: StoredDemoOrder, now: Date) {
  return orderProgress(order, now, isSubscriptionOrder(order));
}

/** Pays back what a finished order did not deliver, at most once. */
export async function settleRefund(order: StoredDemoOrder, now: Date): Promise<void> {
  if (isRefundSettled(order)) return;
  const progress = progressOf(order, now);
  if (!progress.finished || progress.refund.isZero()) return;
  await db.$transaction(async (tx) => {
    const { count } = await tx.demoProviderOrder.updateMany({
      where: { id: order.id, outcome: order.outcome, cancelRequestedAt: null },
      data: { outcome: markRefunded(order.outcome) },
    });
    if (count === 1) await creditDemoAccount(tx, progress.refund);
  });
}

/** Settles every order that has ended short since it was last looked at. */
export async function settleDueRefunds(now: Date): Promise<void> {
  const open = await db.demoProviderOrder.findMany({
    where: { outcome: { in: ["partial", "canceled"] }, cancelRequestedAt: null },
    select: STORED_ORDER_SELECT,
  });
  for (const order of open) await settleRefund(order, now);
}
