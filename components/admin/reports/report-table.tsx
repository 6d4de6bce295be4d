import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatAmount, numberFormat, percentFormat } from "@/lib/i18n/format-number";
import { marginOf } from "@/lib/reports/margin";
import type { MoneyTotals } from "@/lib/reports/order-stats";
import type { ReportDimension, ReportRow, ReportSort } from "@/lib/reports/profit-report";

const COLUMNS: ReportSort[] = ["orders", "charge", "refunded", "revenue", "cost", "profit", "margin"];

/**
 * One profit report: a row per key with every money column, sortable by any of them (a header is a
 * link that sorts by it, descending first, again to flip), and the range's totals at the foot. Wide
 * tables scroll inside their card.
 */
export async function ReportTable({
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
  const t = await getTranslations("ownerConsole.reports");
  const counts = numberFormat(locale, 0);
  const percent = percentFormat(locale);
  const cellOf = (column: ReportSort, row: Omit<ReportRow, "key" | "label" | "detail">) =>
    column === "orders"
      ? counts.format(row.orders)
      : column === "margin"
        ? row.margin === null
          ? "—"
          : percent.format(Number(row.margin) / 100)
        : formatAmount(row[column], locale);
  const totalMargin = marginOf(totals.profit, totals.revenue);
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[760px] text-left text-sm" data-testid="report-table">
        <thead className="text-xs text-slate-500">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">
              {t(`key.${by}`)}
            </th>
            {COLUMNS.map((column) => {
              const active = column === sort;
              const next = active && dir === "desc" ? "asc" : "desc";
              return (
                <th
                  key={column}
                  scope="col"
                  className="py-2 pr-4 text-right font-medium"
                  aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : undefined}
                >
                  <Link
                    href={sortHref(column, next)}
                    className={active ? "text-slate-900" : "hover:text-slate-800"}
                    aria-label={t("sortBy", { column: t(`columns.${column}`) })}
                  >
                    {t(`columns.${column}`)}
                    {active ? (dir === "asc" ? " ▲" : " ▼") : ""}
                  </Link>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.length === 0 ? (
            <tr>
              <td colSpan={COLUMNS.length + 1} className="py-6 text-center text-slate-600">
                {t("empty")}
              </td>
            </tr>
          ) : null}
          {rows.map((row) => (
            <tr key={row.key}>
              <td className="max-w-64 py-2 pr-4 [overflow-wrap:anywhere]">
                {row.label === null ? t("manual") : <span data-user-text>{row.label}</span>}
                {row.detail ? (
                  <span className="block text-xs text-slate-500" data-user-text>
                    {row.detail}
                  </span>
                ) : null}
              </td>
              {COLUMNS.map((column) => (
                <td key={column} className="py-2 pr-4 text-right tabular-nums">
                  {cellOf(column, row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot className="border-t-2 border-slate-200 font-semibold">
          <tr>
            <th scope="row" className="py-2 pr-4 text-left">
              {t("totals")}
            </th>
            {COLUMNS.map((column) => (
              <td key={column} className="py-2 pr-4 text-right tabular-nums">
                {cellOf(column, { ...totals, margin: totalMargin })}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
