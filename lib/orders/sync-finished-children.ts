import { db } from "@/lib/db";
import type { ProviderClient } from "@/lib/providers/client";
import { applyChildAnswers } from "./sync-tracked-orders";
import { loadOpenChildren, type OpenChild } from "./sync-batches";

const PER_CALL = 100;

/**
 * A drip-feed or subscription that ended in this sync is not asked again, so child orders first reported
 * in the same answer (a slow cron that sees a whole drip-feed at once) would stay "not yet known" for
 * good: they are asked once more now, ≤ 100 ids per call, and their answers stored. Children asked in
 * this batch already are skipped. A failed call is reported, never retried (it changes no money).
 */
export async function syncFinishedChildren(
  client: Pick<ProviderClient, "statuses">,
  orderIds: number[],
  asked: OpenChild[],
): Promise<{ calls: number; error?: string }> {
  if (orderIds.length === 0) return { calls: 0 };
  const seen = new Set(asked.map((child) => child.id));
  const children = [...(await loadOpenChildren(orderIds)).values()].flat().filter((child) => !seen.has(child.id));
  let calls = 0;
  try {
    for (let start = 0; start < children.length; start += PER_CALL) {
      const slice = children.slice(start, start + PER_CALL);
      calls += 1;
      await applyChildAnswers(slice, await client.statuses(slice.map((child) => child.providerOrderId)));
    }
  } catch (error) {
    return { calls, error: error instanceof Error ? error.message : String(error) };
  }
  return { calls };
}

/** How long children of a finished order are still followed (a run in progress when a drip-feed was canceled). */
export const FOLLOW_FINISHED_DAYS = 3;
const FOLLOWED_PER_RUN = 500;

/**
 * The cron's pass over finished drip-feeds and subscriptions whose children are still open (a canceled
 * drip-feed's run that had started keeps going at the provider): their children are asked until final,
 * for FOLLOW_FINISHED_DAYS after the order finished, so the order page does not show a run in progress
 * for ever. Only the children's figures change: the order's money was settled when it finished.
 */
export async function followFinishedChildren(
  clientFor: (providerId: string) => Promise<Pick<ProviderClient, "statuses">>,
  now = new Date(),
): Promise<{ calls: number; errors: { providerId: string; message: string }[] }> {
  const since = new Date(now.getTime() - FOLLOW_FINISHED_DAYS * 24 * 60 * 60 * 1000);
  const rows = await db.$queryRaw<{ id: number; provider_id: string }[]>`
    SELECT DISTINCT o.id, o.provider_id
      FROM order_children c JOIN orders o ON o.id = c.order_id
     WHERE (c.status IS NULL OR c.status = ANY (ARRAY['PENDING', 'PROCESSING', 'IN_PROGRESS', 'UNCERTAIN']::"OrderStatus"[]))
       AND o.status IN ('COMPLETED', 'PARTIAL', 'CANCELED') AND o.finished_at >= ${since} AND o.provider_id IS NOT NULL
     LIMIT ${FOLLOWED_PER_RUN}`;
  const byProvider = new Map<string, number[]>();
  for (const row of rows) byProvider.set(row.provider_id, [...(byProvider.get(row.provider_id) ?? []), row.id]);
  let calls = 0;
  const errors: { providerId: string; message: string }[] = [];
  for (const [providerId, orderIds] of byProvider) {
    try {
      const followed = await syncFinishedChildren(await clientFor(providerId), orderIds, []);
      calls += followed.calls;
      if (followed.error) errors.push({ providerId, message: followed.error });
    } catch (error) {
      errors.push({ providerId, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return { calls, errors };
}
