import { db } from "@/lib/db";
import { logger } from "@/lib/log/logger";
import { isItemError, type StatusResult } from "@/lib/providers/client";
import { providerClientFor } from "@/lib/providers/provider-client";
import { moveOrder } from "./move-order";
import { fromProviderStatus } from "./provider-status";
import { isFinal, SYNCED_STATUSES } from "./state-machine";
import { loadOpenChildren, packBatches, type SyncBatch } from "./sync-batches";
import { syncFinishedChildren } from "./sync-finished-children";
import { applyChildAnswers, isTracked, trackedMoves, type SyncedOrder, type SyncMove } from "./sync-tracked-orders";
import { writeOrderProgress, type OrderProgress } from "./write-order-progress";

const PER_CALL = 100;
/** Status calls in flight per provider (well under the 60–120 requests/min panels allow per key). */
const CALLS_IN_FLIGHT = 4;

export type SyncRunResult = {
  checked: number;
  changed: number;
  refunded: number;
  providerCalls: number;
  errors: { providerId: string; message: string }[];
  durationMs: number;
};

export type OpenOrder = SyncedOrder;

/**
 * Asks providers about open orders, 100 ids per `status` call, grouped by provider. Unchanged orders
 * and progress (remains, start count, provider charge) are written in one statement per batch; status
 * changes go through moveOrder (guarded, refund in the same transaction), so overlapping runs refund once.
 * Drip-feeds and subscriptions are asked together with their open child orders (sync-tracked-orders.ts).
 */
export async function syncOrderStatuses(
  options: { orderIds?: number[]; staleBeforeMs?: number; trigger?: "cron" | "admin" } = {},
): Promise<SyncRunResult> {
  const started = Date.now();
  const orders: OpenOrder[] = await db.order.findMany({
    where: {
      ...SYNCED_WHERE,
      ...(options.orderIds ? { id: { in: options.orderIds } } : {}),
      ...(options.staleBeforeMs
        ? { OR: [{ lastCheckedAt: null }, { lastCheckedAt: { lt: new Date(Date.now() - options.staleBeforeMs) } }] }
        : {}),
    },
    select: OPEN_ORDER_SELECT,
    orderBy: { lastCheckedAt: { sort: "asc", nulls: "first" } },
  });
  const result = await syncSelected(orders);
  result.durationMs = Date.now() - started;
  logger.info({ ...result, errors: result.errors.length }, "order statuses synced");
  if (options.trigger) await recordSyncRun(options.trigger, result);
  return result;
}

/** The orders a sync asks about: at a provider, not finished. */
export const SYNCED_WHERE = { status: { in: [...SYNCED_STATUSES] }, providerOrderId: { not: null } };
export const OPEN_ORDER_SELECT = {
  id: true,
  providerId: true,
  providerOrderId: true,
  status: true,
  quantity: true,
  runs: true,
  runQuantity: true,
  runsDone: true,
  subscriptionPosts: true,
} as const;

/** Asks each order's provider about the given orders (grouped by provider, in parallel) and applies the answers. */
export async function syncSelected(orders: OpenOrder[]): Promise<SyncRunResult> {
  const byProvider = new Map<string, OpenOrder[]>();
  for (const order of orders) if (order.providerId) byProvider.set(order.providerId, [...(byProvider.get(order.providerId) ?? []), order]);
  const result: SyncRunResult = { checked: 0, changed: 0, refunded: 0, providerCalls: 0, errors: [], durationMs: 0 };
  await Promise.all([...byProvider.entries()].map(([providerId, list]) => syncProvider(providerId, list, result)));
  return result;
}

/** One row of /admin/orders/sync's recent runs. */
export async function recordSyncRun(trigger: "cron" | "admin", result: SyncRunResult): Promise<void> {
  await db.syncRun.create({
    data: {
      trigger,
      checked: result.checked,
      changed: result.changed,
      refunded: result.refunded,
      providerCalls: result.providerCalls,
      errors: result.errors,
      durationMs: result.durationMs,
    },
  });
}

async function syncProvider(providerId: string, orders: OpenOrder[], result: SyncRunResult) {
  let client;
  try {
    client = await providerClientFor(providerId);
  } catch (error) {
    result.errors.push({ providerId, message: error instanceof Error ? error.message : String(error) });
    return;
  }
  const childrenOf = await loadOpenChildren(orders.filter(isTracked).map((order) => order.id));
  const batches = packBatches(orders, childrenOf, PER_CALL);
  const worker = async () => {
    for (let batch = batches.shift(); batch; batch = batches.shift()) {
      const answers = new Map<string, StatusResult | { error: string }>();
      try {
        for (const ids of batch.calls) {
          result.providerCalls += 1;
          for (const [id, answer] of await client.statuses(ids)) answers.set(id, answer);
        }
      } catch (error) {
        // A batch is applied whole or not at all: its orders are asked again next time.
        result.errors.push({ providerId, message: error instanceof Error ? error.message : String(error) });
        continue;
      }
      const finished = await applyAnswers(batch, answers, result);
      // Children first reported by an order that just ended are asked now: it will not be asked again.
      const followUp = await syncFinishedChildren(client, finished, batch.children);
      result.providerCalls += followUp.calls;
      if (followUp.error) result.errors.push({ providerId, message: followUp.error });
    }
  };
  await Promise.all(Array.from({ length: CALLS_IN_FLIGHT }, worker));
}

/** Applies one batch's answers; returns the drip-feeds and subscriptions this sync moved to a final status. */
async function applyAnswers(
  batch: SyncBatch<OpenOrder>,
  answers: Map<string, StatusResult | { error: string }>,
  result: SyncRunResult,
): Promise<number[]> {
  // Children first, so an ended subscription settles on what they report now.
  await applyChildAnswers(batch.children, answers);
  const progress: OrderProgress[] = [];
  const moves: SyncMove[] = [];
  const tracked: { order: OpenOrder; answer: StatusResult }[] = [];
  for (const order of batch.orders) {
    const answer = answers.get(order.providerOrderId!);
    if (!answer || isItemError(answer)) {
      progress.push({ id: order.id, remains: null, startCount: null, providerCharge: null, keep: true });
      continue;
    }
    result.checked += 1;
    const row = {
      id: order.id,
      remains: answer.remains,
      startCount: answer.startCount,
      providerCharge: answer.charge?.toString() ?? null,
      keep: false,
    };
    if (isTracked(order)) {
      tracked.push({ order, answer });
      progress.push(row);
      continue;
    }
    const to = fromProviderStatus(answer.status);
    if (!to || to === order.status) progress.push(row);
    else moves.push({ order, answer, to, remains: answer.remains });
  }
  moves.push(...(await trackedMoves(tracked)));
  await writeOrderProgress(progress);
  const finished: number[] = [];
  for (const move of moves) {
    const outcome = await db.$transaction((tx) =>
      moveOrder(tx, move.order.id, {
        to: move.to,
        kind: "status_sync",
        remains: move.remains,
        startCount: move.answer.startCount,
        // A provider that leaves out charge or currency keeps the figure we have (the estimate at forward).
        providerCharge: move.answer.charge?.toString() ?? undefined,
        providerCurrency: move.answer.currency ?? undefined,
        message: `Provider says ${move.answer.rawStatus}`,
      }),
    );
    if (outcome.moved) result.changed += 1;
    if (outcome.refunded) result.refunded += 1;
    if (outcome.moved && isTracked(move.order) && isFinal(move.to)) finished.push(move.order.id);
  }
  return finished;
}
