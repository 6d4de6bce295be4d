"use client";

import type { RowSelectionState } from "@tanstack/react-table";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { DataTable, type TableColumn } from "@/components/ui/data-table/data-table";
import { MoneyText } from "@/components/wallet/money-text";
import { dateTimeFormat } from "@/lib/i18n/format-date";
import { numberFormat } from "@/lib/i18n/format-number";
import type { AdminOrderRow } from "@/lib/orders/admin/list-orders-for-admin";
import { orderIdColumn } from "./order-id-column";
import { OrderStatusBadge } from "./order-status-badge";
import { OrdersBulkBar } from "./orders-bulk-bar";

/** One page of orders; with orders.manage, a checkbox per row feeds the bulk bar. */
export function OrdersTable({ orders, locale, canManage }: { orders: AdminOrderRow[]; locale: string; canManage: boolean }) {
  const t = useTranslations("ordersAdmin.list");
  const [selected, setSelected] = useState<RowSelectionState>({});
  // Only rows on this page count, whatever was ticked before a filter or page change.
  const chosen = orders.map((order) => order.id).filter((id) => selected[String(id)]);
  const columns = useMemo(() => adminOrderColumns(t, locale), [t, locale]);
  return (
    <div className="space-y-4">
      {canManage ? <OrdersBulkBar orderIds={chosen} orders={orders} onDone={() => setSelected({})} /> : null}
      <DataTable
        id="admin-orders-table"
        columns={columns}
        rows={orders}
        rowId={(order) => String(order.id)}
        sortable
        selection={canManage ? { selected, onChange: setSelected, label: (order) => t("selectOne", { id: order.id }) } : undefined}
        empty={<p className="text-sm text-slate-500">{t("empty")}</p>}
      />
    </div>
  );
}

function adminOrderColumns(t: ReturnType<typeof useTranslations<"ordersAdmin.list">>, locale: string): TableColumn<AdminOrderRow>[] {
  const numbers = numberFormat(locale, 0);
  const dates = dateTimeFormat(locale);
  return [
    orderIdColumn<AdminOrderRow>(t("id"), locale),
    {
      id: "user",
      accessorFn: (order) => order.user.email,
      meta: { label: t("user"), className: "md:max-w-48 md:truncate" },
      header: t("user"),
      cell: ({ row }) => (
        <Link href={`/admin/users/${row.original.user.id}`} className="text-brand-700 hover:underline" title={row.original.user.email}>
          {row.original.user.email}
        </Link>
      ),
    },
    {
      id: "service",
      accessorFn: (order) => order.service.name,
      meta: { label: t("service"), className: "md:min-w-48" },
      header: t("service"),
      cell: ({ row }) => (
        <span>
          <span className="text-slate-500">#{numbers.format(row.original.service.id)}</span> {row.original.service.name}
        </span>
      ),
    },
    {
      id: "provider",
      accessorFn: (order) => order.provider?.name ?? "",
      meta: { label: t("provider"), hideBelow: "xl", className: "whitespace-nowrap" },
      header: t("provider"),
      cell: ({ row }) => {
        const order = row.original;
        if (!order.provider) return <span className="text-slate-500">{t(order.mode === "MANUAL" ? "manualMode" : "noProvider")}</span>;
        return (
          <span>
            <span className="block">{order.provider.name}</span>
            <span className="block font-mono text-xs text-slate-500">{order.providerOrderId ?? t("notSent")}</span>
          </span>
        );
      },
    },
    {
      id: "link",
      enableSorting: false,
      meta: { label: t("link"), hideBelow: "2xl", hideOnPhone: true },
      header: t("link"),
      cell: ({ row }) => (
        <span className="inline-block max-w-64 truncate align-bottom" title={row.original.link}>
          {row.original.link}
        </span>
      ),
    },
    {
      id: "quantity",
      accessorFn: (order) => order.quantity,
      meta: { label: t("quantity"), align: "right" },
      header: t("quantity"),
      cell: ({ row }) => (
        <span className="tabular-nums">
          {numbers.format(row.original.quantity)}
          {row.original.remains ? (
            <span className="block text-xs text-slate-500">{t("remains", { remains: row.original.remains })}</span>
          ) : null}
        </span>
      ),
    },
    {
      id: "charge",
      accessorFn: (order) => Number(order.charge),
      meta: { label: t("charge"), align: "right", className: "whitespace-nowrap" },
      header: t("charge"),
      cell: ({ row }) => <MoneyText amount={row.original.charge} locale={locale} />,
    },
    {
      id: "refunded",
      accessorFn: (order) => Number(order.refunded),
      meta: { label: t("refunded"), align: "right", hideBelow: "xl", className: "whitespace-nowrap" },
      header: t("refunded"),
      cell: ({ row }) =>
        Number(row.original.refunded) > 0 ? (
          <MoneyText amount={row.original.refunded} locale={locale} />
        ) : (
          <span className="text-slate-400">—</span>
        ),
    },
    {
      id: "status",
      accessorFn: (order) => order.status,
      meta: { label: t("status"), key: true, stick: "right" },
      header: t("status"),
      cell: ({ row }) => <OrderStatusBadge status={row.original.status} />,
    },
    {
      id: "created",
      accessorFn: (order) => new Date(order.createdAt).getTime(),
      meta: { label: t("created"), hideBelow: "2xl", className: "whitespace-nowrap text-slate-600" },
      header: t("created"),
      cell: ({ row }) => dates.format(new Date(row.original.createdAt)),
    },
  ];
}
