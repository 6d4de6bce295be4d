import { db } from "@/lib/db";
import { ORDER_STATUSES, type AdminOrderQuery } from "./schemas";
import { adminOrderWhere } from "./list-orders-for-admin";

/** Counts stop here: past it a tab says "1,000+" (an index probe per status, never a scan of a million rows). */
export const STATUS_COUNT_CAP = 1000;

export type StatusCounts = { all: number; byStatus: Record<(typeof ORDER_STATUSES)[number], number> };

/**
 * How many orders each status tab of the admin list holds under the other filters (the status filter
 * itself left out), each count capped at STATUS_COUNT_CAP + 1 so a busy panel pays for at most that
 * many rows per tab.
 */
export async function countOrdersByStatus(filter: Omit<AdminOrderQuery, "cursor" | "take">): Promise<StatusCounts> {
  const where = await adminOrderWhere({ ...filter, status: undefined });
  const capped = (status?: (typeof ORDER_STATUSES)[number]) =>
    where ? db.order.count({ where: { ...where, ...(status ? { status } : {}) }, take: STATUS_COUNT_CAP + 1 }) : Promise.resolve(0);
  const [all, ...each] = await Promise.all([capped(), ...ORDER_STATUSES.map((status) => capped(status))]);
  return { all, byStatus: Object.fromEntries(ORDER_STATUSES.map((status, index) => [status, each[index]])) as StatusCounts["byStatus"] };
}
