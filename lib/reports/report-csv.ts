import { csvText } from "@/lib/csv/cell";
import { resolveRange } from "./date-range";
import { panelTimeZone } from "./panel-time-zone";
import { profitReport } from "./profit-report";
import type { ReportQueryInput } from "./schemas";

/** Every row a report can have (20,000 customers fit with room to spare). */
const MAX_ROWS = 100_000;
const HEADER = [
  "key",
  "name",
  "detail",
  "orders",
  "charged_bdt",
  "refunded_bdt",
  "revenue_bdt",
  "provider_cost_bdt",
  "profit_bdt",
  "margin_percent",
];

/** A profit report as CSV: every row in the page's sort, exact decimals, cells escaped against formulas. */
export async function exportProfitReportCsv(query: ReportQueryInput): Promise<{ filename: string; csv: string }> {
  const range = resolveRange({ preset: query.range, from: query.from, to: query.to }, await panelTimeZone());
  const rows = await profitReport({ by: query.by, range, sort: query.sort, direction: query.dir, limit: MAX_ROWS });
  const csv = csvText(
    HEADER,
    rows.map((row) => [
      row.key,
      row.label,
      row.detail,
      String(row.orders),
      row.charge,
      row.refunded,
      row.revenue,
      row.cost,
      row.profit,
      row.margin,
    ]),
  );
  return { filename: `profit-by-${query.by}-${range.from}-${range.to}.csv`, csv };
}
