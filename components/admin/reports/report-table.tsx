import { marginOf } from "@/lib/reports/margin";
import type { MoneyTotals } from "@/lib/reports/order-stats";
import { REPORT_SORTS, type ReportDimension, type ReportRow, type ReportSort } from "@/lib/reports/profit-report";
import { ReportDataTable, type SortLinks } from "./report-data-table";

/**
 * One profit report: a row per key with every money column, sortable by any of them (a header is a
 * link that sorts by it, descending first, again to flip), and the range's totals at the foot.
 * Charges, refunds and the provider's cost fold away on narrower screens (the Columns menu shows them).
 */
export function ReportTable({
  by,
  rows,
  totals,
  sort,
  dir,
  sortHref,
  locale,
}: {
  by: ReportDimension;
  rows: ReportRow[];
  totals: MoneyTotals;
  sort: ReportSort;
  dir: "asc" | "desc";
  sortHref: (sort: ReportSort, dir: "asc" | "desc") => string;
  locale: string;
}) {
  const links = Object.fromEntries(
    REPORT_SORTS.map((column) => [column, sortHref(column, column === sort && dir === "desc" ? "asc" : "desc")]),
  ) as SortLinks;
  const { orders, charge, refunded, revenue, cost, profit } = totals;
  return (
    <ReportDataTable
      by={by}
      rows={rows}
      totals={{ orders, charge, refunded, revenue, cost, profit, margin: marginOf(profit, revenue) }}
      sort={sort}
      dir={dir}
      links={links}
      locale={locale}
    />
  );
}
