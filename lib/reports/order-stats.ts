import { db, Prisma } from "@/lib/db";
import { ORDER_STATUSES, type AdminOrderStatus } from "@/lib/orders/admin/schemas";
import type { DayRange } from "./date-range";
import { customerSource, dayTotalsSource, takaText } from "./stat-sources";

/**
 * Reads of the order totals kept by the triggers and the compaction (stat-sources.ts, docs/REPORTS.md),
 * exact at any moment. Orders count on the day they were placed (in the panel's time zone); their
 * refunds and provider cost stay with that day. Amounts come back as exact decimal text.
 */

export { ORDER_STATUSES };
export type OrderStatusName = AdminOrderStatus;

export type MoneyTotals = { orders: number; charge: string; refunded: string; revenue: string; cost: string; profit: string };
export type OrderTotals = MoneyTotals & { byStatus: Record<OrderStatusName, number> };

/** The money columns of a grouped read: revenue nets our refunds, profit nets the provider's cost too. */
const MONEY_COLUMNS = Prisma.sql`
  COALESCE(sum(orders), 0)::int AS orders,
  ${takaText(Prisma.sql`COALESCE(bigint_sum(charge), 0)`)} AS charge,
  ${takaText(Prisma.sql`COALESCE(bigint_sum(refunded), 0)`)} AS refunded,
  ${takaText(Prisma.sql`COALESCE(bigint_sum(charge - refunded), 0)`)} AS revenue,
  ${takaText(Prisma.sql`COALESCE(bigint_sum(cost), 0)`)} AS cost,
  ${takaText(Prisma.sql`COALESCE(bigint_sum(charge - refunded - cost), 0)`)} AS profit`;

type StatusRow = Record<`n_${Lowercase<OrderStatusName>}`, number>;

export async function orderTotals(range: DayRange): Promise<OrderTotals> {
  const [row] = await db.$queryRaw<(MoneyTotals & StatusRow)[]>`
    SELECT ${MONEY_COLUMNS},
           COALESCE(sum(n_pending), 0)::int AS n_pending, COALESCE(sum(n_processing), 0)::int AS n_processing,
           COALESCE(sum(n_in_progress), 0)::int AS n_in_progress, COALESCE(sum(n_completed), 0)::int AS n_completed,
           COALESCE(sum(n_partial), 0)::int AS n_partial, COALESCE(sum(n_canceled), 0)::int AS n_canceled,
           COALESCE(sum(n_forward_failed), 0)::int AS n_forward_failed, COALESCE(sum(n_uncertain), 0)::int AS n_uncertain
      FROM (${dayTotalsSource(range)}) AS source`;
  const byStatus = Object.fromEntries(
    ORDER_STATUSES.map((status) => [status, row[`n_${status.toLowerCase() as Lowercase<OrderStatusName>}`]]),
  );
  return {
    orders: row.orders,
    charge: row.charge,
    refunded: row.refunded,
    revenue: row.revenue,
    cost: row.cost,
    profit: row.profit,
    byStatus: byStatus as Record<OrderStatusName, number>,
  };
}

export type DayFigures = { day: string; orders: number; revenue: string; profit: string };

/** One row per day that had orders, in day order (the charts fill the empty days). */
export async function dailyFigures(range: DayRange): Promise<DayFigures[]> {
  return db.$queryRaw<DayFigures[]>`
    SELECT to_char(day, 'YYYY-MM-DD') AS day, sum(orders)::int AS orders,
           ${takaText(Prisma.sql`bigint_sum(charge - refunded)`)} AS revenue, ${takaText(Prisma.sql`bigint_sum(charge - refunded - cost)`)} AS profit
      FROM (${dayTotalsSource(range)}) AS source
     GROUP BY day ORDER BY day`;
}

/** Customers who placed at least one order in the range. */
export async function activeCustomers(range: DayRange): Promise<number> {
  const [row] = await db.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count FROM (
      SELECT user_seq FROM (${customerSource(range)}) AS source GROUP BY user_seq HAVING bigint_sum(orders) > 0) AS active`;
  return row.count;
}
