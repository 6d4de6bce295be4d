import { db } from "@/lib/db";

/**
 * Folds the delta rows the order triggers appended into one compacted row per key (docs/REPORTS.md).
 * One statement per table: the deleted deltas and the upsert commit together, so a reader sees either
 * the deltas or their sum, never both or neither. Deltas of transactions still open are not visible to
 * the DELETE and wait for the next run. Returns how many delta rows were folded.
 */
export async function compactOrderStats(): Promise<{ serviceRows: number; userRows: number }> {
  const [{ count: serviceRows }] = await db.$queryRaw<{ count: number }[]>`
    WITH fresh AS (DELETE FROM order_day_service_stats WHERE NOT compacted RETURNING *),
         folded AS (
           INSERT INTO order_day_service_stats (day, service_id, provider_id, compacted, orders, charge, refunded, cost,
             n_pending, n_processing, n_in_progress, n_completed, n_partial, n_canceled, n_forward_failed, n_uncertain)
           SELECT day, service_id, provider_id, true, sum(orders), sum(charge), sum(refunded), sum(cost),
                  sum(n_pending), sum(n_processing), sum(n_in_progress), sum(n_completed), sum(n_partial), sum(n_canceled),
                  sum(n_forward_failed), sum(n_uncertain)
             FROM fresh GROUP BY day, service_id, provider_id
           ON CONFLICT (day, service_id, provider_id) WHERE compacted DO UPDATE SET
             orders = order_day_service_stats.orders + excluded.orders,
             charge = order_day_service_stats.charge + excluded.charge,
             refunded = order_day_service_stats.refunded + excluded.refunded,
             cost = order_day_service_stats.cost + excluded.cost,
             n_pending = order_day_service_stats.n_pending + excluded.n_pending,
             n_processing = order_day_service_stats.n_processing + excluded.n_processing,
             n_in_progress = order_day_service_stats.n_in_progress + excluded.n_in_progress,
             n_completed = order_day_service_stats.n_completed + excluded.n_completed,
             n_partial = order_day_service_stats.n_partial + excluded.n_partial,
             n_canceled = order_day_service_stats.n_canceled + excluded.n_canceled,
             n_forward_failed = order_day_service_stats.n_forward_failed + excluded.n_forward_failed,
             n_uncertain = order_day_service_stats.n_uncertain + excluded.n_uncertain
           RETURNING 1)
    SELECT count(*)::int AS count FROM fresh`;
  const [{ count: userRows }] = await db.$queryRaw<{ count: number }[]>`
    WITH fresh AS (DELETE FROM order_day_user_stats WHERE NOT compacted RETURNING *),
         folded AS (
           INSERT INTO order_day_user_stats (day, user_id, compacted, orders, charge, refunded, cost)
           SELECT day, user_id, true, sum(orders), sum(charge), sum(refunded), sum(cost)
             FROM fresh GROUP BY day, user_id
           ON CONFLICT (day, user_id) WHERE compacted DO UPDATE SET
             orders = order_day_user_stats.orders + excluded.orders,
             charge = order_day_user_stats.charge + excluded.charge,
             refunded = order_day_user_stats.refunded + excluded.refunded,
             cost = order_day_user_stats.cost + excluded.cost
           RETURNING 1)
    SELECT count(*)::int AS count FROM fresh`;
  return { serviceRows, userRows };
}
