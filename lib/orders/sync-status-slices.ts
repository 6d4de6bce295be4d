import { db } from "@/lib/db";
import { OPEN_ORDER_SELECT, SYNCED_WHERE, syncSelected, type SyncRunResult } from "./sync-order-statuses";

/**
 * A cron sync pass cut into slices small enough for one serverless invocation (each slice is its own
 * Inngest step): at most SLICE_ORDERS orders of one provider, 20 `status` calls of 100 ids. The plan
 * fixes how many slices each provider gets, so orders whose provider keeps failing (and so are never
 * marked checked) cannot make a pass run forever.
 */
export const SLICE_ORDERS = 2_000;

export type SyncPlan = { startedAt: string; slices: { providerId: string; index: number }[] };

export async function planStatusSync(sliceOrders = SLICE_ORDERS): Promise<SyncPlan> {
  const startedAt = new Date().toISOString();
  const counts = await db.order.groupBy({ by: ["providerId"], where: SYNCED_WHERE, _count: { _all: true } });
  const slices = counts.flatMap(({ providerId, _count }) =>
    providerId ? Array.from({ length: Math.ceil(_count._all / sliceOrders) }, (_, index) => ({ providerId, index })) : [],
  );
  return { startedAt, slices };
}

/** The provider's open orders not yet checked in this pass, least recently checked first. */
export async function syncStatusSlice(providerId: string, startedAt: string, sliceOrders = SLICE_ORDERS): Promise<SyncRunResult> {
  const started = Date.now();
  const notCheckedSince = new Date(startedAt);
  const orders = await db.order.findMany({
    where: { ...SYNCED_WHERE, providerId, OR: [{ lastCheckedAt: null }, { lastCheckedAt: { lt: notCheckedSince } }] },
    select: OPEN_ORDER_SELECT,
    orderBy: [{ lastCheckedAt: { sort: "asc", nulls: "first" } }, { id: "asc" }],
    take: sliceOrders,
  });
  const result = await syncSelected(orders);
  return { ...result, durationMs: Date.now() - started };
}

export function sumSyncResults(results: SyncRunResult[], durationMs: number): SyncRunResult {
  return results.reduce<SyncRunResult>(
    (sum, one) => ({
      checked: sum.checked + one.checked,
      changed: sum.changed + one.changed,
      refunded: sum.refunded + one.refunded,
      providerCalls: sum.providerCalls + one.providerCalls,
      errors: [...sum.errors, ...one.errors],
      durationMs,
    }),
    { checked: 0, changed: 0, refunded: 0, providerCalls: 0, errors: [], durationMs },
  );
}
