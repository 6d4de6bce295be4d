import { db } from "@/lib/db";

/** Serialises compactions of the customer tables: the running totals are extended from what they hold. */
const CUSTOMER_COMPACTION_LOCK = 7_140_014;

/**
 * The customer half of compactOrderStats, in one transaction: folds the delta rows into the compacted
 * daily rows and the month rows, then into every customer's running totals (order_month_user_running,
 * docs/REPORTS.md), which hold a row for every month from the customer's first to the last month of
 * anyone's. Returns how many delta rows were folded.
 */
export async function compactCustomerStats(): Promise<number> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${CUSTOMER_COMPACTION_LOCK})`;
      await tx.$executeRaw`CREATE TEMP TABLE fresh_customer_months (month date, user_seq int, orders bigint, charge bigint,
        refunded bigint, cost bigint) ON COMMIT DROP`;
      const [{ count }] = await tx.$queryRaw<{ count: number }[]>`
        WITH fresh AS (DELETE FROM order_day_user_stats WHERE NOT compacted RETURNING *),
             daily AS (
               INSERT INTO order_day_user_stats AS t (day, user_seq, compacted, orders, charge, refunded, cost)
               SELECT day, user_seq, true, sum(orders), sum(charge), sum(refunded), sum(cost) FROM fresh GROUP BY day, user_seq
               ON CONFLICT (day, user_seq) WHERE compacted DO UPDATE SET
                 orders = t.orders + excluded.orders, charge = t.charge + excluded.charge, refunded = t.refunded + excluded.refunded,
                 cost = t.cost + excluded.cost
               RETURNING 1),
             months AS (
               SELECT date_trunc('month', day)::date AS month, user_seq, sum(orders) AS orders, sum(charge) AS charge,
                      sum(refunded) AS refunded, sum(cost) AS cost
                 FROM fresh GROUP BY 1, 2),
             monthly AS (
               INSERT INTO order_month_user_stats AS t (month, user_seq, orders, charge, refunded, cost)
               SELECT month, user_seq, orders, charge, refunded, cost FROM months
               ON CONFLICT (month, user_seq) DO UPDATE SET
                 orders = t.orders + excluded.orders, charge = t.charge + excluded.charge, refunded = t.refunded + excluded.refunded,
                 cost = t.cost + excluded.cost
               RETURNING 1),
             kept AS (INSERT INTO fresh_customer_months SELECT month, user_seq, orders, charge, refunded, cost FROM months RETURNING 1)
        SELECT count(*)::int AS count FROM fresh`;
      if (count === 0) return 0;
      // A month after the last one held: every customer's totals carried into it.
      await tx.$executeRaw`
        WITH held AS (SELECT max(month) AS last FROM order_month_user_running),
             wanted AS (SELECT max(month) AS last FROM fresh_customer_months)
        INSERT INTO order_month_user_running (month, user_seq, orders, charge, refunded, cost)
        SELECT g::date, r.user_seq, r.orders, r.charge, r.refunded, r.cost
          FROM held, wanted, order_month_user_running r,
               generate_series(held.last + interval '1 month', wanted.last, interval '1 month') AS g
         WHERE r.month = held.last`;
      // A customer's months before their first row hold nothing yet: zero rows, up to the first row or the last month.
      await tx.$executeRaw`
        WITH last AS (SELECT max(month) AS month FROM (SELECT month FROM order_month_user_running UNION ALL
                                                        SELECT month FROM fresh_customer_months) AS m),
             customers AS (
               SELECT f.user_seq, min(f.month) AS since,
                      (SELECT min(r.month) FROM order_month_user_running r WHERE r.user_seq = f.user_seq) AS first
                 FROM fresh_customer_months f GROUP BY f.user_seq)
        INSERT INTO order_month_user_running (month, user_seq)
        SELECT g::date, c.user_seq
          FROM customers c, last,
               generate_series(c.since, COALESCE(c.first - interval '1 month', last.month), interval '1 month') AS g
         WHERE c.first IS NULL OR c.since < c.first`;
      // Each month's change adds to that month's running totals and every later one's.
      await tx.$executeRaw`
        UPDATE order_month_user_running AS r
           SET orders = r.orders + x.orders, charge = r.charge + x.charge, refunded = r.refunded + x.refunded, cost = r.cost + x.cost
          FROM (SELECT r2.month, r2.user_seq, sum(f.orders) AS orders, sum(f.charge) AS charge, sum(f.refunded) AS refunded,
                       sum(f.cost) AS cost
                  FROM order_month_user_running r2 JOIN fresh_customer_months f ON f.user_seq = r2.user_seq AND f.month <= r2.month
                 GROUP BY r2.month, r2.user_seq) AS x
         WHERE r.month = x.month AND r.user_seq = x.user_seq`;
      return count;
    },
    { timeout: 120_000 },
  );
}
