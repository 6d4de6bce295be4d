import type { OrderStatus, SubscriptionStatus } from "@/lib/db/generated/enums";
import { db } from "@/lib/db";
import { isItemError, type StatusResult } from "@/lib/providers/client";
import { panelTimeZone } from "@/lib/reports/panel-time-zone";
import { fromProviderStatus } from "./provider-status";
import { clampRunsDone, settleDripFeed, settleSubscription } from "./settlement";
import { dayEndIn } from "./subscription-day";
import { subscriptionEnded, subscriptionStatusFrom } from "./subscription-status";
import type { OpenChild } from "./sync-batches";
import { addOrderChildren, writeChildAnswers, writeTrackedProgress, type TrackedProgress } from "./write-tracked-progress";

/** What the sync reads of an open order (ordinary, drip-feed or subscription). */
export type SyncedOrder = {
  id: number;
  providerId: string | null;
  providerOrderId: string | null;
  status: string;
  quantity: number;
  runs: number | null;
  runQuantity: number | null;
  runsDone: number | null;
  subscriptionPosts: number | null;
};

/** A status change for moveOrder: to where, with which remains, and the provider answer behind it. */
export type SyncMove = { order: SyncedOrder; answer: StatusResult; to: OrderStatus; remains: number | null | undefined };

export const isTracked = (order: SyncedOrder) => order.runs !== null || order.subscriptionPosts !== null;

/** Stores the answers about open children (status, quantity, remains) in one statement. */
export async function applyChildAnswers(children: OpenChild[], answers: Map<string, StatusResult | { error: string }>): Promise<void> {
  const rows = children.flatMap((child) => {
    const answer = answers.get(child.providerOrderId);
    if (!answer || isItemError(answer)) return [];
    return [{ id: child.id, status: fromProviderStatus(answer.status), quantity: answer.quantity ?? null, remains: answer.remains }];
  });
  await writeChildAnswers(rows);
}

/**
 * Drip-feeds and subscriptions of one batch: stores runs/posts done, the subscription's status and
 * expiry, and the child orders reported (one statement each), then says which orders move where.
 * A drip-feed the provider canceled or left partial settles its undelivered runs; a subscription stays
 * IN_PROGRESS while active or paused and settles once it ended and every known child is final.
 */
export async function trackedMoves(tracked: { order: SyncedOrder; answer: StatusResult }[]): Promise<SyncMove[]> {
  const rows: TrackedProgress[] = [];
  const children: { orderId: number; providerOrderId: string }[] = [];
  // A reported expiry day ends where the panel is, like one typed at ordering.
  const timeZone = tracked.some(({ answer }) => answer.expiry) ? await panelTimeZone() : "UTC";
  for (const { order, answer } of tracked) {
    const dripFeed = order.runs !== null;
    rows.push({
      id: order.id,
      runsDone: dripFeed ? runsDoneFrom(order, answer) : null,
      postsDone: !dripFeed && answer.posts !== undefined ? Math.min(answer.posts, order.subscriptionPosts ?? answer.posts) : null,
      subscriptionStatus: dripFeed ? null : subscriptionStatusFrom(answer.status),
      expiresAt: !dripFeed && answer.expiry ? dayEndIn(answer.expiry, timeZone) : null,
    });
    for (const id of answer.childIds ?? []) children.push({ orderId: order.id, providerOrderId: id });
  }
  await addOrderChildren(children);
  const standing = await writeTrackedProgress(rows);
  const ended = tracked.filter(({ order }) => order.runs === null && subscriptionEnded(standing.get(order.id) ?? null));
  const childrenOf = await settledChildren(ended.map(({ order }) => order.id));
  const moves: SyncMove[] = [];
  for (const { order, answer } of tracked) {
    if (!standing.has(order.id)) continue; // no longer open: another sync finished it
    const move =
      order.runs !== null ? dripFeedMove(order, answer, rows) : subscriptionMove(order, answer, standing.get(order.id)!, childrenOf);
    if (move) moves.push(move);
  }
  return moves;
}

function runsDoneFrom(order: SyncedOrder, answer: StatusResult): number | null {
  if (answer.runs !== undefined) return clampRunsDone(answer.runs, order.runs!);
  return fromProviderStatus(answer.status) === "COMPLETED" ? order.runs : null;
}

function dripFeedMove(order: SyncedOrder, answer: StatusResult, rows: TrackedProgress[]): SyncMove | null {
  const to = fromProviderStatus(answer.status);
  if (to === "CANCELED" || to === "PARTIAL") {
    const runsDone = rows.find((row) => row.id === order.id)?.runsDone ?? order.runsDone;
    const settled = settleDripFeed(
      { quantity: order.quantity, runs: order.runs!, runQuantity: order.runQuantity!, runsDone },
      answer.remains,
    );
    return { order, answer, to: settled.to, remains: settled.remains };
  }
  return to && to !== order.status ? { order, answer, to, remains: answer.remains } : null;
}

function subscriptionMove(
  order: SyncedOrder,
  answer: StatusResult,
  status: SubscriptionStatus | null,
  childrenOf: Map<number, Parameters<typeof settleSubscription>[2]>,
): SyncMove | null {
  if (subscriptionEnded(status)) {
    const max = order.quantity / order.subscriptionPosts!;
    const settled = settleSubscription(order.quantity, max, childrenOf.get(order.id) ?? []);
    if (settled) return { order, answer, to: settled.to, remains: settled.remains };
  } else if (fromProviderStatus(answer.status) === "PROCESSING") return null;
  // Running (or ended with a child still at work): the money machine waits in IN_PROGRESS.
  return order.status === "PROCESSING" ? { order, answer, to: "IN_PROGRESS", remains: undefined } : null;
}

async function settledChildren(orderIds: number[]) {
  const byOrder = new Map<number, { status: OrderStatus | null; quantity: number | null; remains: number | null }[]>();
  if (orderIds.length === 0) return byOrder;
  const rows = await db.orderChild.findMany({
    where: { orderId: { in: orderIds } },
    select: { orderId: true, status: true, quantity: true, remains: true },
  });
  for (const row of rows) byOrder.set(row.orderId, [...(byOrder.get(row.orderId) ?? []), row]);
  return byOrder;
}
