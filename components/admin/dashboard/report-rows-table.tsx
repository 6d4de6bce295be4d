import { formatAmount, numberFormat } from "@/lib/i18n/format-number";
import type { ReportRow } from "@/lib/reports/profit-report";

/** The dashboard's short "top" lists: name, orders, revenue, profit; wraps names instead of scrolling. */
export function TopRowsTable({
  rows,
  locale,
  heading,
  columns,
  empty,
  testId,
}: {
  rows: ReportRow[];
  locale: string;
  heading: string;
  columns: { orders: string; revenue: string; profit: string };
  empty: string;
  testId: string;
}) {
  if (rows.length === 0) return <p className="text-sm text-slate-600">{empty}</p>;
  const counts = numberFormat(locale, 0);
  return (
    <table className="w-full table-fixed text-left text-sm" data-testid={testId}>
      <thead className="text-xs text-slate-500">
        <tr>
          <th scope="col" className="w-2/5 py-2 pr-3 font-medium">
            {heading}
          </th>
          <th scope="col" className="hidden w-16 py-2 pr-3 text-right font-medium sm:table-cell">
            {columns.orders}
          </th>
          <th scope="col" className="py-2 pr-3 text-right font-medium">
            {columns.revenue}
          </th>
          <th scope="col" className="py-2 text-right font-medium">
            {columns.profit}
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={row.key}>
            <td className="py-2 pr-3 [overflow-wrap:anywhere]">
              <span data-user-text>{row.label}</span>
              {row.detail ? (
                <span className="block text-xs text-slate-500" data-user-text>
                  {row.detail}
                </span>
              ) : null}
            </td>
            <td className="hidden py-2 pr-3 text-right tabular-nums sm:table-cell">{counts.format(row.orders)}</td>
            <td className="py-2 pr-3 text-right tabular-nums">{formatAmount(row.revenue, locale)}</td>
            <td className="py-2 text-right tabular-nums">{formatAmount(row.profit, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
