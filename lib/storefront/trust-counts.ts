import { db } from "@/lib/db";

export type TrustCounts = { deliveredOrders: number | null; customers: number | null };

/** The live counts the owner chose to show on the landing page (null = not shown). */
export async function trustCounts(show: { deliveredOrders: boolean; customers: boolean }): Promise<TrustCounts> {
  const [deliveredOrders, customers] = await Promise.all([
    show.deliveredOrders ? db.order.count({ where: { status: { in: ["COMPLETED", "PARTIAL"] } } }) : null,
    show.customers ? db.user.count({ where: { role: "CUSTOMER", status: "ACTIVE" } }) : null,
  ]);
  return { deliveredOrders, customers };
}
