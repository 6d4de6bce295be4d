import { db } from "@/lib/db";
import { compactCustomerStats } from "./compact-customer-stats";

/**
 * Folds the delta rows the order triggers appended into the compacted daily rows, and into the day
 * totals and month tables that long ranges read (docs/REPORTS.md). One transaction per source table:
 * the deleted deltas and every upsert commit together, so a reader sees either the deltas or their
 * sums, never both or neither. Deltas of transactions still open are invisible to the DELETE and wait
 * for the next run; concurrent runs serialise on the rows they delete. Money is in ten-thousandths of a
 * taka, customers are users.seq. Returns how many were folded.
 */
export async function compactOrderStats(): Promise<{ serviceRows: number; userRows: number }> {
  const [{ count: serviceRows }] = await db.$queryRaw<{ count: number }[]>`
    WITH fresh AS (DELETE FROM order_day_service_stats WHERE NOT compacted RETURNING *),
         daily AS (
           INSERT INTO order_day_service_stats AS t (day, service_id, provider_id, compacted, orders, charge, refunded, cost,
             n_pending, n_processing, n_in_progress, n_completed, n_partial, n_canceled, n_forward_failed, n_uncertain)
           SELECT day, service_id, provider_id, true, sum(orders), sum(charge), sum(refunded), sum(cost), sum(n_pending), sum(n_processing),
                  sum(n_in_progress), sum(n_completed), sum(n_partial), sum(n_canceled), sum(n_forward_failed), sum(n_uncertain)
             FROM fresh GROUP BY day, service_id, provider_id
           ON CONFLICT (day, service_id, provider_id) WHERE compacted DO UPDATE SET
             orders = t.orders + excluded.orders, charge = t.charge + excluded.charge, refunded = t.refunded + excluded.refunded,
             cost = t.cost + excluded.cost, n_pending = t.n_pending + excluded.n_pending, n_processing = t.n_processing + excluded.n_processing,
             n_in_progress = t.n_in_progress + excluded.n_in_progress, n_completed = t.n_completed + excluded.n_completed,
             n_partial = t.n_partial + excluded.n_partial, n_canceled = t.n_canceled + excluded.n_canceled,
             n_forward_failed = t.n_forward_failed + excluded.n_forward_failed, n_uncertain = t.n_uncertain + excluded.n_uncertain
           RETURNING 1),
         totals AS (
           INSERT INTO order_day_totals AS t (day, orders, charge, refunded, cost, n_pending, n_processing, n_in_progress, n_completed,
             n_partial, n_canceled, n_forward_failed, n_uncertain)
           SELECT day, sum(orders), sum(charge), sum(refunded), sum(cost), sum(n_pending), sum(n_processing), sum(n_in_progress),
                  sum(n_completed), sum(n_partial), sum(n_canceled), sum(n_forward_failed), sum(n_uncertain)
             FROM fresh GROUP BY day
           ON CONFLICT (day) DO UPDATE SET
             orders = t.orders + excluded.orders, charge = t.charge + excluded.charge, refunded = t.refunded + excluded.refunded,
             cost = t.cost + excluded.cost, n_pending = t.n_pending + excluded.n_pending, n_processing = t.n_processing + excluded.n_processing,
             n_in_progress = t.n_in_progress + excluded.n_in_progress, n_completed = t.n_completed + excluded.n_completed,
             n_partial = t.n_partial + excluded.n_partial, n_canceled = t.n_canceled + excluded.n_canceled,
             n_forward_failed = t.n_forward_failed + excluded.n_forward_failed, n_uncertain = t.n_uncertain + excluded.n_uncertain
           RETURNING 1),
         monthly AS (
           INSERT INTO order_month_service_stats AS t (month, service_id, provider_id, orders, charge, refunded, cost)
           SELECT date_trunc('month', day)::date, service_id, provider_id, sum(orders), sum(charge), sum(refunded), sum(cost)
             FROM fresh GROUP BY 1, 2, 3
           ON CONFLICT (month, service_id, provider_id) DO UPDATE SET
             orders = t.orders + excluded.orders, charge = t.charge + excluded.charge, refunded = t.refunded + excluded.refunded,
             cost = t.cost + excluded.cost
           RETURNING 1)
    SELECT count(*)::int AS count FROM fresh`;
  const userRows = await compactCustomerStats();
  return { serviceRows, userRows };
}
