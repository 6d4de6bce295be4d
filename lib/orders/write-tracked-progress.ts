import type { OrderStatus, SubscriptionStatus } from "@/lib/db/generated/enums";
import { db } from "@/lib/db";

export type TrackedProgress = {
  id: number;
  runsDone: number | null;
  postsDone: number | null;
  subscriptionStatus: SubscriptionStatus | null;
  expiresAt: Date | null;
};

/**
 * One statement for a batch of drip-feeds and subscriptions still open: runs and posts done (a missing
 * figure keeps the known one), the subscription's status unless it already ended (forward only: a late
 * "Active" after "Expired" is ignored), and the expiry the provider reports when we have none. Returns
 * each written order's subscription status as it now stands.
 */
export async function writeTrackedProgress(rows: TrackedProgress[]): Promise<Map<number, SubscriptionStatus | null>> {
  if (rows.length === 0) return new Map();
  const written = await db.$queryRaw<{ id: number; subscription_status: SubscriptionStatus | null }[]>`
    UPDATE orders AS o
       SET updated_at = now(),
           runs_done = COALESCE(v.runs_done, o.runs_done),
           posts_done = COALESCE(v.posts_done, o.posts_done),
           subscription_status = CASE WHEN o.subscription_status IN ('COMPLETED', 'EXPIRED', 'CANCELED') THEN o.subscription_status
                                      ELSE COALESCE(v.subscription_status::"SubscriptionStatus", o.subscription_status) END,
           expires_at = COALESCE(o.expires_at, (v.expires_at::timestamptz AT TIME ZONE 'UTC'))
      FROM unnest(${rows.map((row) => row.id)}::int[], ${rows.map((row) => row.runsDone)}::int[], ${rows.map((row) => row.postsDone)}::int[],
                  ${rows.map((row) => row.subscriptionStatus)}::text[], ${rows.map((row) => row.expiresAt?.toISOString() ?? null)}::text[])
           AS v(id, runs_done, posts_done, subscription_status, expires_at)
     WHERE o.id = v.id AND o.status IN ('PROCESSING', 'IN_PROGRESS')
 RETURNING o.id, o.subscription_status`;
  return new Map(written.map((row) => [row.id, row.subscription_status]));
}

export type ChildAnswer = { id: string; status: OrderStatus | null; quantity: number | null; remains: number | null };

/** Child orders the provider reported, added once each (ON CONFLICT DO NOTHING: overlapping syncs agree). */
export async function addOrderChildren(children: { orderId: number; providerOrderId: string }[]): Promise<void> {
  if (children.length > 0) await db.orderChild.createMany({ data: children, skipDuplicates: true });
}

/**
 * One statement for a batch of child answers: status, quantity and remains (a missing figure keeps the
 * known one). A child already final is never changed again; `updated_at` moves only when something
 * changed, so an ended subscription whose children stopped moving shows as stale (list-sync-runs.ts).
 */
export async function writeChildAnswers(rows: ChildAnswer[]): Promise<void> {
  if (rows.length === 0) return;
  await db.$executeRaw`
    UPDATE order_children AS c
       SET updated_at = CASE WHEN (COALESCE(v.status::"OrderStatus", c.status), COALESCE(v.quantity, c.quantity), COALESCE(v.remains, c.remains))
                                  IS DISTINCT FROM (c.status, c.quantity, c.remains) THEN now() ELSE c.updated_at END,
           status = COALESCE(v.status::"OrderStatus", c.status),
           quantity = COALESCE(v.quantity, c.quantity),
           remains = COALESCE(v.remains, c.remains)
      FROM unnest(${rows.map((row) => row.id)}::text[], ${rows.map((row) => row.status)}::text[],
                  ${rows.map((row) => row.quantity)}::int[], ${rows.map((row) => row.remains)}::int[])
           AS v(id, status, quantity, remains)
     WHERE c.id = v.id AND (c.status IS NULL OR c.status NOT IN ('COMPLETED', 'PARTIAL', 'CANCELED', 'FORWARD_FAILED'))`;
}
