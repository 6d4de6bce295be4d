import { db } from "@/lib/db";
import { OPEN_STATUSES } from "../state-machine";

/** The latest status-sync passes (cron and admin), newest first. */
export async function listSyncRuns(take = 20) {
  const rows = await db.syncRun.findMany({ orderBy: { createdAt: "desc" }, take: Math.min(Math.max(take, 1), 100) });
  return rows.map((row) => ({
    ...row,
    errors: Array.isArray(row.errors) ? (row.errors as { providerId?: string; message?: string }[]) : [],
  }));
}

/**
 * Open orders nobody has looked at for `olderThanMinutes`: not checked by the sync (or, never checked,
 * created) before then. Oldest first; a stuck forward or a provider that stopped answering shows here.
 */
export async function staleOpenOrders(olderThanMinutes: number, take = 50) {
  const before = new Date(Date.now() - Math.max(olderThanMinutes, 1) * 60_000);
  const rows = await db.order.findMany({
    where: {
      status: { in: [...OPEN_STATUSES] },
      OR: [{ lastCheckedAt: { lt: before } }, { lastCheckedAt: null, createdAt: { lt: before } }],
    },
    orderBy: [{ lastCheckedAt: { sort: "asc", nulls: "first" } }, { id: "asc" }],
    take: Math.min(Math.max(take, 1), 200),
    select: {
      id: true,
      status: true,
      providerOrderId: true,
      lastCheckedAt: true,
      createdAt: true,
      forwardClaimedAt: true,
      provider: { select: { id: true, name: true } },
      user: { select: { email: true } },
    },
  });
  return rows;
}
