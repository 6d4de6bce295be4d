"use client";

import { useTranslations } from "next-intl";
import { useMemo, type ReactNode } from "react";
import { DataTable, type TableColumn } from "@/components/ui/data-table/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { dateTimeFormat } from "@/lib/i18n/format-date";
import type { staleOpenOrders } from "@/lib/orders/admin/list-sync-runs";
import { orderIdColumn } from "./order-id-column";
import { OrderStatusBadge } from "./order-status-badge";

type Stale = Awaited<ReturnType<typeof staleOpenOrders>>[number];

/** Open orders nobody has checked for too long, oldest check first (all on the page, so any column sorts). */
export function StaleOrdersTable({ orders, locale, empty }: { orders: Stale[]; locale: string; empty?: ReactNode }) {
  const t = useTranslations("ordersAdmin.stale");
  const columns = useMemo(() => staleColumns(t, locale), [t, locale]);
  return (
    <DataTable
      id="stale-orders"
      columns={columns}
      rows={orders}
      rowId={(order) => String(order.id)}
      sortable
      empty={empty ?? <EmptyState text={t("empty")} />}
    />
  );
}

function staleColumns(t: ReturnType<typeof useTranslations<"ordersAdmin.stale">>, locale: string): TableColumn<Stale>[] {
  const dates = dateTimeFormat(locale);
  return [
    orderIdColumn<Stale>(t("id"), locale),
    {
      id: "status",
      accessorFn: (order) => order.status,
      meta: { label: t("status"), key: true },
      header: t("status"),
      cell: ({ row }) => <OrderStatusBadge status={row.original.status} />,
    },
    {
      id: "provider",
      accessorFn: (order) => order.provider?.name ?? "",
      meta: { label: t("provider"), className: "wrap-anywhere" },
      header: t("provider"),
      cell: ({ row }) => (
        <span>
          {row.original.provider?.name ?? "—"}
          {row.original.providerOrderId ? (
            <span className="ml-1 font-mono text-xs text-slate-500">{row.original.providerOrderId}</span>
          ) : null}
        </span>
      ),
    },
    {
      id: "user",
      accessorFn: (order) => order.user.email,
      meta: { label: t("user"), hideBelow: "xl", className: "wrap-anywhere md:min-w-44" },
      header: t("user"),
      cell: ({ row }) => row.original.user.email,
    },
    {
      id: "lastChecked",
      accessorFn: (order) => (order.lastCheckedAt ? new Date(order.lastCheckedAt).getTime() : 0),
      meta: { label: t("lastChecked"), className: "whitespace-nowrap text-slate-600" },
      header: t("lastChecked"),
      cell: ({ row }) => (row.original.lastCheckedAt ? dates.format(new Date(row.original.lastCheckedAt)) : t("never")),
    },
    {
      id: "created",
      accessorFn: (order) => new Date(order.createdAt).getTime(),
      meta: { label: t("created"), hideBelow: "xl", className: "whitespace-nowrap text-slate-600" },
      header: t("created"),
      cell: ({ row }) => dates.format(new Date(row.original.createdAt)),
    },
  ];
}
