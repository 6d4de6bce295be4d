import { db, Prisma } from "@/lib/db";
import type { DayRange } from "./date-range";
import { customerSource, serviceSource, taka, takaText } from "./stat-sources";

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

const SUMS = Prisma.sql`bigint_sum(orders) AS orders, bigint_sum(charge) AS charge, bigint_sum(refunded) AS refunded, bigint_sum(cost) AS cost`;

/**
 * The sums per key, from the kept totals (stat-sources.ts; money in ten-thousandths of a taka), and how
 * each key is named. Customers are summed by users.seq and named in `bestCustomers`.
 */
const GROUPED: Record<Exclude<ReportDimension, "customer">, (range: DayRange) => Prisma.Sql> = {
  service: (range) => Prisma.sql`
    SELECT t.*, t.id::text AS key, sv.name AS label, c.name AS detail
      FROM (SELECT service_id AS id, ${SUMS} FROM (${serviceSource(range)}) AS source GROUP BY service_id) AS t
      JOIN services sv ON sv.id = t.id JOIN categories c ON c.id = sv.category_id`,
  category: (range) => Prisma.sql`
    SELECT t.*, t.id AS key, c.name AS label, NULL AS detail
      FROM (SELECT sv.category_id AS id, sum(s.orders) AS orders, bigint_sum(s.charge) AS charge, bigint_sum(s.refunded) AS refunded, bigint_sum(s.cost) AS cost
              FROM (${serviceSource(range)}) AS s JOIN services sv ON sv.id = s.service_id
             GROUP BY sv.category_id) AS t
      JOIN categories c ON c.id = t.id`,
  provider: (range) => Prisma.sql`
    SELECT t.*, t.id AS key, p.name AS label, NULL AS detail
      FROM (SELECT provider_id AS id, ${SUMS} FROM (${serviceSource(range)}) AS source GROUP BY provider_id) AS t
      LEFT JOIN providers p ON p.id = t.id`,
};

/**
 * The sort expression over a row of sums named `alias`. Money sorts on the ten-thousandths (the same
 * order); the margin on the taka values, so it divides exactly what it shows.
 */
function sortSql(sort: ReportSort, alias: string): Prisma.Sql {
  const g = Prisma.raw(alias);
  switch (sort) {
    case "orders":
    case "charge":
    case "refunded":
    case "cost":
      return Prisma.sql`${g}.${Prisma.raw(sort)}`;
    case "revenue":
      return Prisma.sql`(${g}.charge - ${g}.refunded)`;
    case "profit":
      return Prisma.sql`(${g}.charge - ${g}.refunded - ${g}.cost)`;
    case "margin":
      return Prisma.sql`CASE WHEN ${g}.charge - ${g}.refunded <> 0
        THEN ${taka(Prisma.sql`${g}.charge - ${g}.refunded - ${g}.cost`)} / ${taka(Prisma.sql`${g}.charge - ${g}.refunded`)} END`;
  }
}

/** A report line from a row `g` of sums with key, label and detail. */
const ROW_COLUMNS = Prisma.sql`g.key, g.label, g.detail, g.orders::int AS orders, ${takaText(Prisma.sql`g.charge`)} AS charge,
  ${takaText(Prisma.sql`g.refunded`)} AS refunded, ${takaText(Prisma.sql`g.charge - g.refunded`)} AS revenue,
  ${takaText(Prisma.sql`g.cost`)} AS cost, ${takaText(Prisma.sql`g.charge - g.refunded - g.cost`)} AS profit,
  CASE WHEN g.charge - g.refunded <> 0
       THEN round(${taka(Prisma.sql`g.charge - g.refunded - g.cost`)} * 100 / ${taka(Prisma.sql`g.charge - g.refunded`)}, 2)::text END AS margin`;

type Order = { sort: ReportSort; direction: Prisma.Sql; limit: number };

/**
 * The best customers of `sums` (a relation of id = users.seq and the sums, customers with orders only),
 * as report lines numbered `n` in order. The `limit` best by the sort alone, ties included, are picked
 * before the names are joined, so only they meet the users table; the final order breaks ties by key.
 */
function bestCustomers(sums: Prisma.Sql, order: Order): Prisma.Sql {
  return Prisma.sql`
    SELECT ${ROW_COLUMNS}, row_number() OVER (ORDER BY ${sortSql(order.sort, "g")} ${order.direction}, g.key)::int AS n
      FROM (SELECT best.*, u.id AS key, u.email AS label, u.full_name AS detail
              FROM (SELECT * FROM ${sums} AS t ORDER BY ${sortSql(order.sort, "t")} ${order.direction}
                    FETCH FIRST (${order.limit}) ROWS WITH TIES) AS best
              JOIN users u ON u.seq = best.id) AS g
     ORDER BY n
     LIMIT ${order.limit}`;
}

const customerSums = (range: DayRange) =>
  Prisma.sql`SELECT user_seq AS id, ${SUMS} FROM (${customerSource(range)}) AS source GROUP BY user_seq HAVING bigint_sum(orders) > 0`;

const directionSql = (direction: ReportQuery["direction"]) =>
  direction === "asc" ? Prisma.sql`ASC NULLS FIRST` : Prisma.sql`DESC NULLS LAST`;

/** Profit per service, category, provider or customer over a range of days, sorted (ties by key), at most `limit` rows. */
export async function profitReport(query: ReportQuery): Promise<ReportRow[]> {
  const order: Order = { sort: query.sort ?? "revenue", direction: directionSql(query.direction), limit: query.limit ?? 100 };
  if (query.by === "customer") {
    const rows = await db.$queryRaw<(ReportRow & { n: number })[]>`${bestCustomers(Prisma.sql`(${customerSums(query.range)})`, order)}`;
    return rows.map(({ n: _n, ...row }) => row);
  }
  return db.$queryRaw<ReportRow[]>`
    SELECT ${ROW_COLUMNS}
      FROM (${GROUPED[query.by](query.range)}) AS g
     WHERE g.orders > 0
     ORDER BY ${sortSql(order.sort, "g")} ${order.direction}, g.key
     LIMIT ${order.limit}`;
}

/**
 * The customers who ordered in a range and the `top` of them by revenue (the dashboard), from one
 * aggregation of the per-customer totals.
 */
export async function customerActivity(range: DayRange, top: number): Promise<{ active: number; top: ReportRow[] }> {
  const order: Order = { sort: "revenue", direction: directionSql("desc"), limit: top };
  const rows = await db.$queryRaw<({ active: number } & ({ [K in keyof ReportRow]: ReportRow[K] | null } & { n: number | null }))[]>`
    WITH sums AS MATERIALIZED (${customerSums(range)})
    SELECT a.active, r.* FROM (SELECT count(*)::int AS active FROM sums) AS a
      LEFT JOIN LATERAL (${bestCustomers(Prisma.sql`sums`, order)}) AS r ON true
     ORDER BY r.n`;
  return {
    active: rows[0].active,
    top: rows.filter((row) => row.n !== null).map(({ active: _active, n: _n, ...row }) => row as ReportRow),
  };
}
