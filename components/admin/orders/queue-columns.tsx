import Link from "next/link";
import type { TableColumn } from "@/components/ui/data-table/data-table";
import { dateTimeFormat } from "@/lib/i18n/format-date";
import { numberFormat } from "@/lib/i18n/format-number";
import type { AdminOrderStatus } from "@/lib/orders/admin/schemas";
import { OrderStatusBadge } from "./order-status-badge";

export type SummarisedOrder = { id: number; status: AdminOrderStatus; quantity: number; link: string; service: { name: string } };

/**
 * The admin queues' order column: "#4521" linking to the order's page with its status, then its service and
 * quantity, then the customer's link (typed by them, so marked as user text). A row without an order shows "—".
 */
export function orderSummaryColumn<Row extends object>(
  label: string,
  locale: string,
  orderOf: (row: Row) => SummarisedOrder | null,
): TableColumn<Row> {
  const numbers = numberFormat(locale, 0);
  return {
    id: "order",
    meta: { label, key: true, className: "md:min-w-56" },
    header: label,
    cell: ({ row }) => {
      const order = orderOf(row.original);
      if (!order) return "—";
      return (
        <span className="block space-y-1 max-md:text-left">
          <span className="flex flex-wrap items-center gap-2">
            <Link href={`/admin/orders/${order.id}`} className="font-medium text-brand-700 tabular-nums hover:underline">
              #{numbers.format(order.id)}
            </Link>
            <OrderStatusBadge status={order.status} />
          </span>
          <span className="block text-xs font-normal text-slate-500">
            {order.service.name} · {numbers.format(order.quantity)}
          </span>
          <span className="block max-w-56 truncate text-xs font-normal text-slate-500" title={order.link} data-user-text>
            {order.link}
          </span>
        </span>
      );
    },
  };
}

/** The admin queues' waiting column: since when (oldest first is the queues' order), with the row's note under it. */
export function waitingColumn<Row extends { createdAt: Date | string }>(
  label: string,
  locale: string,
  noteOf: (row: Row) => string | null,
): TableColumn<Row> {
  const dates = dateTimeFormat(locale);
  return {
    id: "waiting",
    meta: { label, className: "text-slate-600" },
    header: label,
    cell: ({ row }) => {
      const note = noteOf(row.original);
      return (
        <span>
          <span className="block whitespace-nowrap">{dates.format(new Date(row.original.createdAt))}</span>
          {note ? <span className="block max-w-56 text-xs text-slate-500">{note}</span> : null}
        </span>
      );
    },
  };
}
