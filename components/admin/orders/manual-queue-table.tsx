"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useMemo, type ReactNode } from "react";
import { DataTable, type TableColumn } from "@/components/ui/data-table/data-table";
import { MoneyText } from "@/components/wallet/money-text";
import { dateTimeFormat } from "@/lib/i18n/format-date";
import { numberFormat } from "@/lib/i18n/format-number";
import type { ManualQueueRow } from "@/lib/orders/admin/list-manual-queue";
import { ManualQueueActions } from "./manual-queue-actions";
import { OrderStatusBadge } from "./order-status-badge";

/** Manual-service orders waiting for staff, oldest first (paged on the server, so in its order). */
export function ManualQueueTable({
  orders,
  locale,
  canManage,
  empty,
}: {
  orders: ManualQueueRow[];
  locale: string;
  canManage: boolean;
  empty: ReactNode;
}) {
  const t = useTranslations("ordersAdmin.manualQueue");
  const columns = useMemo(() => queueColumns(t, locale, canManage), [t, locale, canManage]);
  return (
    <DataTable
      id="manual-queue"
      columns={columns}
      rows={orders}
      rowId={(order) => String(order.id)}
      rowAttributes={(order) => ({ "data-order-id": order.id })}
      empty={empty}
    />
  );
}

function queueColumns(
  t: ReturnType<typeof useTranslations<"ordersAdmin.manualQueue">>,
  locale: string,
  canManage: boolean,
): TableColumn<ManualQueueRow>[] {
  const dates = dateTimeFormat(locale);
  const numbers = numberFormat(locale, 0);
  const columns: TableColumn<ManualQueueRow>[] = [
    {
      id: "order",
      meta: { label: t("order"), key: true, className: "md:min-w-56" },
      header: t("order"),
      cell: ({ row }) => {
        const order = row.original;
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
    },
    {
      id: "customer",
      meta: { label: t("customer"), hideBelow: "xl", className: "wrap-anywhere md:min-w-44" },
      header: t("customer"),
      cell: ({ row }) => row.original.user.email,
    },
    {
      id: "charge",
      meta: { label: t("charge"), align: "right", className: "whitespace-nowrap" },
      header: t("charge"),
      cell: ({ row }) => <MoneyText amount={row.original.charge} locale={locale} />,
    },
    {
      id: "waiting",
      meta: { label: t("waiting"), className: "text-slate-600" },
      header: t("waiting"),
      cell: ({ row }) => (
        <span>
          <span className="block whitespace-nowrap">{dates.format(new Date(row.original.createdAt))}</span>
          {row.original.adminNotes ? <span className="block max-w-56 text-xs text-slate-500">{row.original.adminNotes}</span> : null}
        </span>
      ),
    },
  ];
  if (canManage) {
    columns.push({
      id: "actions",
      meta: { label: t("actions"), key: true, stick: "right" },
      header: t("actions"),
      cell: ({ row }) => <ManualQueueActions order={row.original} />,
    });
  }
  return columns;
}
