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
