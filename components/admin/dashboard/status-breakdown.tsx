import Link from "next/link";
import { numberFormat } from "@/lib/i18n/format-number";
import { ORDER_STATUSES, type OrderStatusName } from "@/lib/reports/order-stats";

/** Orders of the range by their status now, each a link to the orders list with that status. */
export function StatusBreakdown({
  byStatus,
  locale,
  label,
}: {
  byStatus: Record<OrderStatusName, number>;
  locale: string;
  label: (status: OrderStatusName) => string;
}) {
  const counts = numberFormat(locale, 0);
  return (
    <ul className="grid grid-cols-2 gap-2 text-sm" data-testid="orders-by-status">
      {ORDER_STATUSES.map((status) => (
        <li key={status}>
          <Link
            href={`/admin/orders?status=${status}`}
            className="flex items-center justify-between gap-2 rounded-md border border-slate-200 px-3 py-2 hover:bg-slate-50"
          >
            <span className="truncate text-slate-700">{label(status)}</span>
            <span className="font-semibold text-slate-900 tabular-nums">{counts.format(byStatus[status])}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
