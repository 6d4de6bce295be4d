"use client";

import { useTranslations } from "next-intl";
import { useMemo, type ReactNode } from "react";
import { DataTable, type TableColumn } from "@/components/ui/data-table/data-table";
import { MoneyText } from "@/components/wallet/money-text";
import type { ManualQueueRow } from "@/lib/orders/admin/list-manual-queue";
import { ManualQueueActions } from "./manual-queue-actions";
import { orderSummaryColumn, waitingColumn } from "./queue-columns";

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
  const columns: TableColumn<ManualQueueRow>[] = [
    orderSummaryColumn(t("order"), locale, (order) => order),
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
    waitingColumn(t("waiting"), locale, (order) => order.adminNotes),
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
