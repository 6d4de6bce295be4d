import { db } from "@/lib/db";

/** Absorbs the few milliseconds by which ids and created_at can disagree (ids are drawn inside the inserting transaction). */
const MARGIN_MS = 60 * 60_000;

/**
 * Order ids grow with creation time (serial ids, created_at set by the same insert), so a created-at
 * window maps to an id window, found by binary search over the primary key: about 20 index probes in
 * one statement, no created_at index needed. The window is widened by an hour on each side and the
 * caller keeps the exact created_at predicate, so results stay exact; the id bounds only let the
 * keyset scan start and stop in the right place instead of walking every newer order. Null when no
 * order can match.
 */
export async function idWindowFor(from?: Date, to?: Date): Promise<{ gte?: number; lte?: number } | null> {
  const gte = from ? await firstIdCreatedAtOrAfter(new Date(from.getTime() - MARGIN_MS)) : undefined;
  const end = to ? await firstIdCreatedAtOrAfter(new Date(to.getTime() + MARGIN_MS)) : undefined;
  if (gte === null || end === null) return null; // no orders at all
  const lte = end === undefined ? undefined : end - 1;
  if (gte !== undefined && lte !== undefined && gte > lte) return null;
  return { ...(gte !== undefined ? { gte } : {}), ...(lte !== undefined ? { lte } : {}) };
}

/** The smallest id whose order (or the next existing one) was created at or after `at`; max id + 1 when none was; null without orders. */
async function firstIdCreatedAtOrAfter(at: Date): Promise<number | null> {
  const rows = await db.$queryRaw<{ low: bigint | null }[]>`
    WITH RECURSIVE search(low, high) AS (
      SELECT min(id)::bigint, max(id)::bigint + 1 FROM orders
      UNION ALL
      SELECT CASE WHEN probe.id IS NULL OR probe.created_at >= at.value THEN search.low ELSE probe.id + 1 END,
             CASE WHEN probe.id IS NULL OR probe.created_at >= at.value THEN (search.low + search.high) / 2 ELSE search.high END
        FROM search
        CROSS JOIN (SELECT (${at.toISOString()}::timestamptz AT TIME ZONE 'UTC') AS value) at
        LEFT JOIN LATERAL (SELECT id, created_at FROM orders WHERE id >= (search.low + search.high) / 2 ORDER BY id LIMIT 1) probe ON true
       WHERE search.low < search.high
    )
    SELECT low FROM search WHERE low >= high OR low IS NULL LIMIT 1`;
  const low = rows[0]?.low;
  return low === null || low === undefined ? null : Number(low);
}
