import { db } from "@/lib/db";

export type StatsMismatch = { table: "service" | "user"; key: string; counted: string; kept: string };
type Row = { key: string; counted: string | null; kept: string | null };

const STATUS_COUNTS = `count(*) FILTER (WHERE status = 'PENDING') AS n_pending, count(*) FILTER (WHERE status = 'PROCESSING') AS n_processing,
  count(*) FILTER (WHERE status = 'IN_PROGRESS') AS n_in_progress, count(*) FILTER (WHERE status = 'COMPLETED') AS n_completed,
  count(*) FILTER (WHERE status = 'PARTIAL') AS n_partial, count(*) FILTER (WHERE status = 'CANCELED') AS n_canceled,
  count(*) FILTER (WHERE status = 'FORWARD_FAILED') AS n_forward_failed, count(*) FILTER (WHERE status = 'UNCERTAIN') AS n_uncertain`;
const STATUS_SUMS = `sum(n_pending) AS n_pending, sum(n_processing) AS n_processing, sum(n_in_progress) AS n_in_progress,
  sum(n_completed) AS n_completed, sum(n_partial) AS n_partial, sum(n_canceled) AS n_canceled,
  sum(n_forward_failed) AS n_forward_failed, sum(n_uncertain) AS n_uncertain`;
const STATUS_COLUMNS = "n_pending, n_processing, n_in_progress, n_completed, n_partial, n_canceled, n_forward_failed, n_uncertain";

/** Recount and kept totals per key, compared as numbers; only the keys that differ come back. */
function compare(keyColumns: string[], countedFigures: string, keptFigures: string, table: string, figureColumns: string): string {
  const keys = keyColumns.join(", ");
  const joined = keyColumns.map((column) => `COALESCE(c.${column}::text, k.${column}::text)`).join(", ");
  const figures = figureColumns.split(",").map((column) => column.trim());
  const rowOf = (alias: string) => `ROW(${figures.map((column) => `${alias}.${column}`).join(", ")})`;
  return `
    WITH counted AS (
      SELECT ${keyColumns.map((column) => (column === "day" ? "panel_day(created_at) AS day" : column === "provider_id" ? "COALESCE(provider_id, '') AS provider_id" : column)).join(", ")},
             ${countedFigures}
        FROM orders GROUP BY ${keyColumns.map((_, index) => index + 1).join(", ")}),
    kept AS (
      SELECT ${keys}, ${keptFigures} FROM ${table} GROUP BY ${keys}
      HAVING sum(orders) <> 0 OR sum(charge) <> 0 OR sum(refunded) <> 0 OR sum(cost) <> 0)
    SELECT concat_ws(' ', ${joined}) AS key,
           CASE WHEN c.orders IS NOT NULL THEN concat_ws('/', ${figures.map((column) => `c.${column}`).join(", ")}) END AS counted,
           CASE WHEN k.orders IS NOT NULL THEN concat_ws('/', ${figures.map((column) => `k.${column}`).join(", ")}) END AS kept
      FROM counted c FULL JOIN kept k ON (${keyColumns.map((column) => `c.${column}`).join(", ")}) = (${keyColumns.map((column) => `k.${column}`).join(", ")})
     WHERE ${rowOf("c")} IS DISTINCT FROM ${rowOf("k")}`;
}

const MONEY_COUNTED = "count(*) AS orders, sum(charge) AS charge, sum(refunded) AS refunded, COALESCE(sum(provider_charge_bdt), 0) AS cost";
const MONEY_KEPT = "sum(orders) AS orders, sum(charge) AS charge, sum(refunded) AS refunded, sum(cost) AS cost";

const SERVICE_CHECK = compare(
  ["day", "service_id", "provider_id"],
  `${MONEY_COUNTED}, ${STATUS_COUNTS}`,
  `${MONEY_KEPT}, ${STATUS_SUMS}`,
  "order_day_service_stats",
  `orders, charge, refunded, cost, ${STATUS_COLUMNS}`,
);
const USER_CHECK = compare(["day", "user_id"], MONEY_COUNTED, MONEY_KEPT, "order_day_user_stats", "orders, charge, refunded, cost");

/**
 * The daily totals equal a recount from the orders (`npm run stats:check`, docs/REPORTS.md): every key
 * of both tables, read in one snapshot (repeatable read), so orders placed meanwhile cannot differ.
 * The statements are built from constants only.
 */
export async function checkOrderStats(): Promise<{ keys: number; mismatches: StatsMismatch[] }> {
  return db.$transaction(
    async (tx) => {
      const service = await tx.$queryRawUnsafe<Row[]>(SERVICE_CHECK);
      const user = await tx.$queryRawUnsafe<Row[]>(USER_CHECK);
      const [{ keys }] = await tx.$queryRaw<{ keys: number }[]>`SELECT count(*)::int AS keys FROM order_day_service_stats WHERE compacted`;
      const mismatch = (table: "service" | "user") => (row: Row) => ({
        table,
        key: row.key,
        counted: row.counted ?? "-",
        kept: row.kept ?? "-",
      });
      return { keys, mismatches: [...service.map(mismatch("service")), ...user.map(mismatch("user"))] };
    },
    { isolationLevel: "RepeatableRead", timeout: 300_000 },
  );
}
