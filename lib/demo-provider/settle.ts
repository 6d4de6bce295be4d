import { db, Prisma } from "@/lib/db";
import { creditDemoAccount } from "./account";
import { baseDemoService } from "./catalog";
import { dripfeedProgress, type DripfeedProgress } from "./dripfeed";
import { isRefundSettled, markRefunded, orderProgress, type DemoOrderFacts, type DemoProgress } from "./progress";
import { subscriptionProgress, type SubscriptionParams, type SubscriptionProgress } from "./subscription";

// Real panels give back the undelivered part of a Partial or Canceled order. The demo does it lazily,
// when it next looks at the order (status, balance), as one guarded update: the `outcome` moves to
// "<outcome>:refunded" only if nobody did it first, and only then is the account credited.

export interface StoredDemoOrder extends DemoOrderFacts {
  id: number;
  serviceId: number;
  link: string;
  startCount: number;
  runs: number | null;
  interval: number | null;
  params: unknown;
  parentId: number | null;
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
  runs: true,
  interval: true,
  params: true,
  parentId: true,
} as const;

export function isSubscriptionOrder(order: Pick<StoredDemoOrder, "serviceId">): boolean {
  return baseDemoService(order.serviceId)?.type === "SUBSCRIPTIONS";
}

/** A subscription's stored fields, or undefined for any other order (and one placed before they were kept). */
export function subscriptionParams(order: StoredDemoOrder): SubscriptionParams | undefined {
  if (order.parentId !== null || !isSubscriptionOrder(order)) return undefined;
  const params = order.params as Partial<SubscriptionParams> | null;
  return params && typeof params.rate === "string" && typeof params.min === "number" ? (params as SubscriptionParams) : undefined;
}

export type AnyProgress = DemoProgress | DripfeedProgress | SubscriptionProgress;

/**
 * Where an order is now: a drip-feed or a subscription by its own rules, a child (a run, a post) and
 * every other order as an ordinary one. `children` = child orders that exist (a subscription's Paused).
 */
export function progressOf(order: StoredDemoOrder, now: Date, children?: number): AnyProgress {
  if (order.parentId === null && order.runs !== null) return dripfeedProgress({ ...order, runs: order.runs }, now);
  const params = subscriptionParams(order);
  if (params) return subscriptionProgress({ ...order, params }, now, children);
  return orderProgress(order, now, order.parentId === null && isSubscriptionOrder(order));
}

/** Pays back what a finished order did not deliver, at most once (a child's money is its parent's). */
export async function settleRefund(order: StoredDemoOrder, now: Date): Promise<void> {
  if (order.parentId !== null || isRefundSettled(order)) return;
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
    where: {
      parentId: null,
      cancelRequestedAt: null,
      OR: [{ outcome: { in: ["partial", "canceled"] } }, { outcome: "completed", params: { not: Prisma.DbNull } }],
    },
    select: STORED_ORDER_SELECT,
  });
  for (const order of open) await settleRefund(order, now);
}
