import { cache } from "react";
import type { RoleName } from "@/lib/auth/permissions";
import { db, Prisma } from "@/lib/db";
import { forwardFailedSince, visibleWaitingWorkKeys, type WaitingWork, type WaitingWorkKey } from "./waiting-work-items";

/**
 * Each count as a scalar subquery, each served by an index, each matching its list's filters exactly
 * (waiting-work.int.test.ts compares every count with its list):
 * - manual payments to review: payments (status, method, created_at);
 * - open, unassigned cases (OPEN or IN_PROGRESS, nobody assigned): complaints (status, created_at),
 *   the /admin/complaints queue with status=ACTIVE&assignee=none;
 * - uncertain orders: orders (status, id);
 * - forward failures since `since`: the partial index orders (created_at) WHERE status = FORWARD_FAILED;
 * - refill/cancel requests waiting for staff: order_requests (status, kind), status PENDING — the
 *   /admin/orders/requests queue (a PENDING request is either waiting for an admin or being sent right
 *   now; the queue shows both, so the badge counts both);
 * - manual-service orders waiting for staff: orders (status, id) for the three open statuses, filtered by
 *   mode — the /admin/orders/queue list (MANUAL_QUEUE_STATUSES);
 * - providers that need money: a handful of rows, no index needed.
 */
function subquery(key: WaitingWorkKey, since: Date): Prisma.Sql {
  switch (key) {
    case "manualPayments":
      return Prisma.sql`SELECT count(*) FROM payments WHERE status = 'SUBMITTED' AND method IN ('BKASH_MANUAL', 'NAGAD_MANUAL')`;
    case "unassignedCases":
      return Prisma.sql`SELECT count(*) FROM complaints WHERE status IN ('OPEN', 'IN_PROGRESS') AND assignee_id IS NULL`;
    case "uncertainOrders":
      return Prisma.sql`SELECT count(*) FROM orders WHERE status = 'UNCERTAIN'`;
    case "forwardFailed":
      return Prisma.sql`SELECT count(*) FROM orders WHERE status = 'FORWARD_FAILED'
        AND created_at >= (${since.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
    case "waitingRequests":
      return Prisma.sql`SELECT count(*) FROM order_requests WHERE status = 'PENDING'`;
    case "manualOrders":
      return Prisma.sql`SELECT count(*) FROM orders WHERE status IN ('PENDING', 'PROCESSING', 'IN_PROGRESS') AND mode = 'MANUAL'`;
    case "lowProviders":
      return Prisma.sql`SELECT count(*) FROM providers WHERE status = 'ACTIVE'
        AND (balance <= 0 OR balance < low_balance_threshold)`;
  }
}

/** The one statement: `SELECT (subquery)::int AS "key", …` for the given keys (exported for the plan test). */
export function waitingWorkStatement(keys: readonly WaitingWorkKey[], since: Date): Prisma.Sql {
  const columns = keys.map((key) => Prisma.sql`(${subquery(key, since)})::int AS ${Prisma.raw(`"${key}"`)}`);
  return Prisma.sql`SELECT ${Prisma.join(columns, ", ")}`;
}

/**
 * The work waiting for a person that `role` may see, counted in one statement (one round trip):
 * `SELECT (subquery) AS key, …`. Counts the role may not see are neither run nor returned.
 */
export async function countWaitingWork(role: RoleName, now = new Date()): Promise<WaitingWork> {
  const since = forwardFailedSince(now);
  const keys = visibleWaitingWorkKeys(role);
  const work: WaitingWork = { since: since.toISOString(), checkedAt: now.getTime(), counts: {} };
  if (keys.length === 0) return work;
  const [row] = await db.$queryRaw<Record<WaitingWorkKey, number>[]>(waitingWorkStatement(keys, since));
  for (const key of keys) work.counts[key] = Number(row[key]);
  return work;
}

/** For server components: the admin layout's badges and the dashboard's panel share one count per request. */
export const waitingWorkForPage = cache((role: RoleName) => countWaitingWork(role));
