import { db } from "@/lib/db";
import { OPEN_STATUSES } from "../state-machine";
import { SUBSCRIPTION_ENDED } from "../subscription-status";

/** An ended subscription settles when its children are final; none of them moving for this long is worth a look. */
export const SUBSCRIPTION_WAIT_HOURS = 24;

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
 * So does a subscription that ended while a child order never became final: the sync checks it every
 * pass, but none of its children has changed for SUBSCRIPTION_WAIT_HOURS (a child's `updated_at` moves
 * only when its status or figures do), so its refund waits for a person.
 */
export async function staleOpenOrders(olderThanMinutes: number, take = 50) {
  const before = new Date(Date.now() - Math.max(olderThanMinutes, 1) * 60_000);
  const childrenStillSince = new Date(Date.now() - SUBSCRIPTION_WAIT_HOURS * 3_600_000);
  const rows = await db.order.findMany({
    where: {
      status: { in: [...OPEN_STATUSES] },
      OR: [
        { lastCheckedAt: { lt: before } },
        { lastCheckedAt: null, createdAt: { lt: before } },
        { subscriptionStatus: { in: [...SUBSCRIPTION_ENDED] }, children: { none: { updatedAt: { gte: childrenStillSince } } } },
      ],
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
      subscriptionStatus: true,
      provider: { select: { id: true, name: true } },
      user: { select: { email: true } },
    },
  });
  return rows;
}
