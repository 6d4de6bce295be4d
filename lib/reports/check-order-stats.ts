import { db } from "@/lib/db";

export type StatsMismatch = { table: string; key: string; counted: string; kept: string };
type Row = { key: string; counted: string | null; kept: string | null };

const MONEY = ["orders", "charge", "refunded", "cost"];
const STATUSES = ["pending", "processing", "in_progress", "completed", "partial", "canceled", "forward_failed", "uncertain"].map(
  (s) => `n_${s}`,
);
const STATUS_UPPER = (column: string) => column.slice(2).toUpperCase();

/** The kept money columns are ten-thousandths of a taka; they are compared (and shown) in taka, exactly. */
const inTaka = (column: string, expression: string) =>
  ["charge", "refunded", "cost"].includes(column) ? `(${expression})::numeric * 0.0001` : expression;

const fromOrders = (keys: string, withStatus: boolean) => `
  SELECT ${keys}, count(*) AS orders, sum(charge) AS charge, sum(refunded) AS refunded, COALESCE(sum(provider_charge_bdt), 0) AS cost
         ${withStatus ? `, ${STATUSES.map((column) => `count(*) FILTER (WHERE status = '${STATUS_UPPER(column)}') AS ${column}`).join(", ")}` : ""}
    FROM (SELECT panel_day(o.created_at) AS day, o.service_id, COALESCE(o.provider_id, '') AS provider_id, u.seq AS user_seq, o.status,
                 o.charge, o.refunded, o.provider_charge_bdt FROM orders o JOIN users u ON u.id = o.user_id) AS o
   GROUP BY ${keys}`;
const summed = (keys: string, table: string, figures: string[], where = "true") =>
  `SELECT ${keys}, ${figures.map((column) => `${inTaka(column, `sum(${column})`)} AS ${column}`).join(", ")} FROM ${table} WHERE ${where} GROUP BY ${keys}`;
const asIs = (keys: string, table: string, figures: string[]) =>
  `SELECT ${keys}, ${figures.map((column) => `${inTaka(column, column)} AS ${column}`).join(", ")} FROM ${table}`;

/** Keys whose figures differ (compared as numbers; all-zero rows count as absent), both sides shown as text. */
function differences(counted: string, kept: string, keys: string[], figures: string[]): string {
  const nonZero = (alias: string) => `NOT (${MONEY.map((column) => `${alias}.${column} = 0`).join(" AND ")})`;
  const row = (alias: string) => `ROW(${figures.map((column) => `${alias}.${column}`).join(", ")})`;
  const text = (alias: string) =>
    `CASE WHEN ${alias}.orders IS NOT NULL THEN concat_ws('/', ${figures.map((column) => `${alias}.${column}`).join(", ")}) END`;
  return `
    WITH c AS (SELECT * FROM (${counted}) AS x WHERE ${nonZero("x")}), k AS (SELECT * FROM (${kept}) AS y WHERE ${nonZero("y")})
    SELECT concat_ws(' ', ${keys.map((column) => `COALESCE(c.${column}::text, k.${column}::text)`).join(", ")}) AS key,
           ${text("c")} AS counted, ${text("k")} AS kept
      FROM c FULL JOIN k ON (${keys.map((column) => `c.${column}`).join(", ")}) = (${keys.map((column) => `k.${column}`).join(", ")})
     WHERE ${row("c")} IS DISTINCT FROM ${row("k")}`;
}

/**
 * Each kept table against what it summarises: the orders for the daily rows (customers by users.seq),
 * the compacted daily rows for the rest.
 */
const CHECKS: { table: string; sql: string }[] = [
  {
    table: "order_day_service_stats",
    sql: differences(
      fromOrders("day, service_id, provider_id", true),
      summed("day, service_id, provider_id", "order_day_service_stats", [...MONEY, ...STATUSES]),
      ["day", "service_id", "provider_id"],
      [...MONEY, ...STATUSES],
    ),
  },
  {
    table: "order_day_user_stats",
    sql: differences(
      fromOrders("day, user_seq", false),
      summed("day, user_seq", "order_day_user_stats", MONEY),
      ["day", "user_seq"],
      MONEY,
    ),
  },
  {
    table: "order_day_totals",
    sql: differences(
      summed("day", "order_day_service_stats", [...MONEY, ...STATUSES], "compacted"),
      asIs("day", "order_day_totals", [...MONEY, ...STATUSES]),
      ["day"],
      [...MONEY, ...STATUSES],
    ),
  },
  {
    table: "order_month_service_stats",
    sql: differences(
      summed(
        "month, service_id, provider_id",
        "(SELECT *, date_trunc('month', day)::date AS month FROM order_day_service_stats) AS d",
        MONEY,
        "compacted",
      ),
      asIs("month, service_id, provider_id", "order_month_service_stats", MONEY),
      ["month", "service_id", "provider_id"],
      MONEY,
    ),
  },
  {
    table: "order_month_user_stats",
    sql: differences(
      summed("month, user_seq", "(SELECT *, date_trunc('month', day)::date AS month FROM order_day_user_stats) AS d", MONEY, "compacted"),
      asIs("month, user_seq", "order_month_user_stats", MONEY),
      ["month", "user_seq"],
      MONEY,
    ),
  },
  {
    // Recounted from the month rows (checked just above), which the running totals accumulate.
    table: "order_month_user_running",
    sql: differences(
      asIs("month, user_seq", "order_month_user_running_recount()", MONEY),
      asIs("month, user_seq", "order_month_user_running", MONEY),
      ["month", "user_seq"],
      MONEY,
    ),
  },
];

/**
 * The kept totals equal a recount (`npm run stats:check`, docs/REPORTS.md): the daily rows against the
 * orders, the day and month summaries against the compacted daily rows, all read in one snapshot
 * (repeatable read), so orders placed meanwhile cannot differ. The statements are built from constants.
 */
export async function checkOrderStats(): Promise<{ orders: number; mismatches: StatsMismatch[] }> {
  return db.$transaction(
    async (tx) => {
      const mismatches: StatsMismatch[] = [];
      for (const check of CHECKS) {
        const rows = await tx.$queryRawUnsafe<Row[]>(check.sql);
        mismatches.push(...rows.map((row) => ({ table: check.table, key: row.key, counted: row.counted ?? "-", kept: row.kept ?? "-" })));
      }
      const [{ orders }] = await tx.$queryRaw<{ orders: number }[]>`SELECT count(*)::int AS orders FROM orders`;
      return { orders, mismatches };
    },
    { isolationLevel: "RepeatableRead", timeout: 600_000 },
  );
}
