import type { OrderStatus } from "@/lib/db/generated/enums";
import { db } from "@/lib/db";
import { money, toStorage } from "@/lib/money/money";
import { panelTimeZone } from "@/lib/reports/panel-time-zone";
import { monthStartIn } from "./month-start";
import { ORDER_TRANSITIONS } from "./state-machine";

export type OwnOrderSummary = {
  /** Every status, in the lifecycle's order, with how many of the customer's orders are in it (0 included). */
  byStatus: { status: OrderStatus; count: number }[];
  total: number;
  /** Orders placed since the month began in the panel's time zone, and what they cost after refunds (BDT). */
  monthStart: Date;
  ordersThisMonth: number;
  spentThisMonth: string;
};

/** A customer's order figures for the dashboard; the owner is in both queries. */
export async function ownOrderSummary(userId: string, now: Date = new Date()): Promise<OwnOrderSummary> {
  const monthStart = monthStartIn(await panelTimeZone(), now);
  const [groups, month] = await Promise.all([
    db.order.groupBy({ by: ["status"], where: { userId }, _count: { _all: true } }),
    db.order.aggregate({
      where: { userId, createdAt: { gte: monthStart } },
      _count: { _all: true },
      _sum: { charge: true, refunded: true },
    }),
  ]);
  const counts = new Map(groups.map((group) => [group.status, group._count._all]));
  const byStatus = (Object.keys(ORDER_TRANSITIONS) as OrderStatus[]).map((status) => ({ status, count: counts.get(status) ?? 0 }));
  const spent = money(month._sum.charge ?? 0).minus(money(month._sum.refunded ?? 0));
  return {
    byStatus,
    total: byStatus.reduce((sum, entry) => sum + entry.count, 0),
    monthStart,
    ordersThisMonth: month._count._all,
    spentThisMonth: toStorage(spent),
  };
}
