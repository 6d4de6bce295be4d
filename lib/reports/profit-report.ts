import { db, Prisma } from "@/lib/db";
import type { DayRange } from "./date-range";
import { customerSource, serviceSource } from "./stat-sources";

export const REPORT_DIMENSIONS = ["service", "category", "provider", "customer"] as const;
export type ReportDimension = (typeof REPORT_DIMENSIONS)[number];
export const REPORT_SORTS = ["orders", "charge", "refunded", "revenue", "cost", "profit", "margin"] as const;
export type ReportSort = (typeof REPORT_SORTS)[number];

/** One line of a profit report. `label` is null for orders with no provider (manual services) by provider. */
export type ReportRow = {
  key: string;
  label: string | null;
  /** The service's category, or the customer's name. */
  detail: string | null;
  orders: number;
  charge: string;
  refunded: string;
  revenue: string;
  cost: string;
  profit: string;
  /** Profit as a percentage of revenue, 2 places; null when there was no revenue. */
  margin: string | null;
};

export type ReportQuery = { by: ReportDimension; range: DayRange; sort?: ReportSort; direction?: "asc" | "desc"; limit?: number };

/** The sums per key, from the kept totals (stat-sources.ts), and how each key is named. */
const GROUPED: Record<ReportDimension, (range: DayRange) => Prisma.Sql> = {
  service: (range) => Prisma.sql`
    SELECT t.*, t.id::text AS key, sv.name AS label, c.name AS detail
      FROM (SELECT service_id AS id, sum(orders) AS orders, sum(charge) AS charge, sum(refunded) AS refunded, sum(cost) AS cost
              FROM (${serviceSource(range)}) AS source GROUP BY service_id) AS t
      JOIN services sv ON sv.id = t.id JOIN categories c ON c.id = sv.category_id`,
  category: (range) => Prisma.sql`
    SELECT t.*, t.id AS key, c.name AS label, NULL AS detail
      FROM (SELECT sv.category_id AS id, sum(s.orders) AS orders, sum(s.charge) AS charge, sum(s.refunded) AS refunded, sum(s.cost) AS cost
              FROM (${serviceSource(range)}) AS s JOIN services sv ON sv.id = s.service_id
             GROUP BY sv.category_id) AS t
      JOIN categories c ON c.id = t.id`,
  provider: (range) => Prisma.sql`
    SELECT t.*, t.id AS key, p.name AS label, NULL AS detail
      FROM (SELECT provider_id AS id, sum(orders) AS orders, sum(charge) AS charge, sum(refunded) AS refunded, sum(cost) AS cost
              FROM (${serviceSource(range)}) AS source GROUP BY provider_id) AS t
      LEFT JOIN providers p ON p.id = t.id`,
  customer: (range) => Prisma.sql`
    SELECT t.*, t.id AS key, u.email AS label, u.full_name AS detail
      FROM (SELECT user_id AS id, sum(orders) AS orders, sum(charge) AS charge, sum(refunded) AS refunded, sum(cost) AS cost
              FROM (${customerSource(range)}) AS source GROUP BY user_id) AS t
      JOIN users u ON u.id = t.id`,
};

const SORT_SQL: Record<ReportSort, Prisma.Sql> = {
  orders: Prisma.sql`g.orders`,
  charge: Prisma.sql`g.charge`,
  refunded: Prisma.sql`g.refunded`,
  revenue: Prisma.sql`(g.charge - g.refunded)`,
  cost: Prisma.sql`g.cost`,
  profit: Prisma.sql`(g.charge - g.refunded - g.cost)`,
  margin: Prisma.sql`CASE WHEN g.charge - g.refunded <> 0 THEN (g.charge - g.refunded - g.cost) / (g.charge - g.refunded) END`,
};

/** Profit per service, category, provider or customer over a range of days, sorted (ties by key), at most `limit` rows. */
export async function profitReport(query: ReportQuery): Promise<ReportRow[]> {
  const direction = query.direction === "asc" ? Prisma.sql`ASC NULLS FIRST` : Prisma.sql`DESC NULLS LAST`;
  return db.$queryRaw<ReportRow[]>`
    SELECT g.key, g.label, g.detail, g.orders::int AS orders, g.charge::text AS charge, g.refunded::text AS refunded,
           (g.charge - g.refunded)::text AS revenue, g.cost::text AS cost, (g.charge - g.refunded - g.cost)::text AS profit,
           CASE WHEN g.charge - g.refunded <> 0 THEN round((g.charge - g.refunded - g.cost) * 100 / (g.charge - g.refunded), 2)::text END AS margin
      FROM (${GROUPED[query.by](query.range)}) AS g
     WHERE g.orders > 0
     ORDER BY ${SORT_SQL[query.sort ?? "revenue"]} ${direction}, g.key
     LIMIT ${query.limit ?? 100}`;
}
