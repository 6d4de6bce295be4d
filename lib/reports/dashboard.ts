import { can, type RoleName } from "@/lib/auth/permissions";
import { money, toStorage } from "@/lib/money/money";
import { marginOf } from "./margin";
import { daysOf, previousRange, resolveRange, type DayRange, type RangePreset } from "./date-range";
import { activeCustomers, dailyFigures, orderTotals, type OrderStatusName } from "./order-stats";
import { panelTimeZone } from "./panel-time-zone";
import { depositFigures, newCustomers, type DepositFigures } from "./period-figures";
import { customerActivity, profitReport, type ReportRow } from "./profit-report";
import { providerBalances, type ProviderBalance } from "./provider-balances";

export type Compared<T> = { current: T; previous: T };
export type MoneyFigures = {
  revenue: string;
  charge: string;
  refunded: string;
  cost: string;
  profit: string;
  /** Profit as a percentage of revenue, 2 places; null without revenue. */
  margin: string | null;
  /** Charged per order on average; null without orders. */
  averageOrder: string | null;
};
export type DayPoint = { day: string; orders: number; revenue: string; profit: string };

/** Everything /admin shows for a range; parts the viewer's role may not see are null (SUPPORT sees no money). */
export type Dashboard = {
  range: DayRange;
  previousRange: DayRange;
  timeZone: string;
  orders: Compared<{ count: number; byStatus: Record<OrderStatusName, number> }> | null;
  money: Compared<MoneyFigures> | null;
  deposits: Compared<DepositFigures> | null;
  customers: Compared<{ new: number; active: number }> | null;
  days: DayPoint[];
  topServices: ReportRow[] | null;
  topCustomers: ReportRow[] | null;
  providers: ProviderBalance[] | null;
};

export type DashboardRequest = { preset: RangePreset; from?: string; to?: string };

function moneyFigures(totals: {
  orders: number;
  charge: string;
  refunded: string;
  revenue: string;
  cost: string;
  profit: string;
}): MoneyFigures {
  return {
    revenue: totals.revenue,
    charge: totals.charge,
    refunded: totals.refunded,
    cost: totals.cost,
    profit: totals.profit,
    margin: marginOf(totals.profit, totals.revenue),
    averageOrder: totals.orders === 0 ? null : toStorage(money(totals.charge).div(totals.orders)),
  };
}

const nothing = Promise.resolve(null);

/** The owner's dashboard for a range and the range before it, computed only for what the role may see. */
export async function getDashboard(request: DashboardRequest, viewer: { role: RoleName }, now: Date = new Date()): Promise<Dashboard> {
  const timeZone = await panelTimeZone();
  const range = resolveRange(request, timeZone, now);
  const previous = previousRange(range);
  const seesOrders = can(viewer.role, "orders.read") || can(viewer.role, "reports.read");
  const seesMoney = can(viewer.role, "reports.read");
  const seesCustomers = can(viewer.role, "users.read");
  // The per-customer aggregation is the longest statement: it starts first, so it never waits for a pooled
  // connection behind the short ones. The active customers and the top ones come from one aggregation; the
  // previous range needs the count only.
  const [customersNow, activeBefore, totals, totalsBefore, days, deposits, depositsBefore, fresh, freshBefore, topServices, providers] =
    await Promise.all([
      seesMoney ? customerActivity(range, 10) : seesCustomers ? activeCustomers(range).then((active) => ({ active, top: null })) : nothing,
      seesCustomers ? activeCustomers(previous) : nothing,
      seesOrders ? orderTotals(range) : nothing,
      seesOrders ? orderTotals(previous) : nothing,
      seesOrders ? dailyFigures(range) : Promise.resolve([]),
      seesMoney ? depositFigures(range, timeZone) : nothing,
      seesMoney ? depositFigures(previous, timeZone) : nothing,
      seesCustomers ? newCustomers(range, timeZone) : nothing,
      seesCustomers ? newCustomers(previous, timeZone) : nothing,
      seesMoney ? profitReport({ by: "service", range, sort: "revenue", limit: 10 }) : nothing,
      can(viewer.role, "providers.manage") ? providerBalances() : nothing,
    ]);
  const active = seesCustomers && customersNow ? customersNow.active : null;
  const topCustomers = seesMoney && customersNow ? customersNow.top : null;
  const byDay = new Map(days.map((day) => [day.day, day]));
  return {
    range,
    previousRange: previous,
    timeZone,
    orders:
      totals && totalsBefore
        ? {
            current: { count: totals.orders, byStatus: totals.byStatus },
            previous: { count: totalsBefore.orders, byStatus: totalsBefore.byStatus },
          }
        : null,
    money: seesMoney && totals && totalsBefore ? { current: moneyFigures(totals), previous: moneyFigures(totalsBefore) } : null,
    deposits: deposits && depositsBefore ? { current: deposits, previous: depositsBefore } : null,
    customers:
      fresh !== null && freshBefore !== null && active !== null && activeBefore !== null
        ? { current: { new: fresh, active }, previous: { new: freshBefore, active: activeBefore } }
        : null,
    days: seesOrders
      ? daysOf(range).map((day) => {
          const figures = byDay.get(day);
          return {
            day,
            orders: figures?.orders ?? 0,
            revenue: seesMoney ? (figures?.revenue ?? "0.0000") : "0.0000",
            profit: seesMoney ? (figures?.profit ?? "0.0000") : "0.0000",
          };
        })
      : [],
    topServices,
    topCustomers,
    providers,
  };
}
