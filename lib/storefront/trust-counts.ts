import { db } from "@/lib/db";
import { orderTotals } from "@/lib/reports/order-stats";

export type TrustCounts = { deliveredOrders: number | null; customers: number | null };

/** Every day there can be orders on: the report totals over it are the panel's whole history. */
const ALL_DAYS = { from: "2000-01-01", to: "9999-12-31" };

/**
 * The live counts the owner chose to show on the landing page (null = not shown). Delivered orders come
 * from the totals the order triggers keep (lib/reports, a row a day), not a count over every order:
 * the landing page is the panel's busiest page.
 */
export async function trustCounts(show: { deliveredOrders: boolean; customers: boolean }): Promise<TrustCounts> {
  const [totals, customers] = await Promise.all([
    show.deliveredOrders ? orderTotals(ALL_DAYS) : null,
    show.customers ? db.user.count({ where: { role: "CUSTOMER", status: "ACTIVE" } }) : null,
  ]);
  return { deliveredOrders: totals ? totals.byStatus.COMPLETED + totals.byStatus.PARTIAL : null, customers };
}
