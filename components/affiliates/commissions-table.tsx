"use client";

import { useTranslations } from "next-intl";
import { useMemo, type ReactNode } from "react";
import { DataTable, type TableColumn } from "@/components/ui/data-table/data-table";
import { MoneyText } from "@/components/wallet/money-text";
import type { CommissionRow } from "@/lib/affiliates/affiliate-summary";
import { dateTimeFormat } from "@/lib/i18n/format-date";
import { idText } from "@/components/orders/detail/id-text";

/** The affiliate's commissions, newest first: which order, when, what it earned and what came back. */
export function CommissionsTable({ rows, locale, empty }: { rows: CommissionRow[]; locale: string; empty: ReactNode }) {
  const t = useTranslations("affiliates.commissions");
  const columns = useMemo((): TableColumn<CommissionRow>[] => {
    const dates = dateTimeFormat(locale);
    return [
      {
        id: "order",
        accessorFn: (row) => row.orderId,
        meta: { label: t("order"), key: true, className: "whitespace-nowrap" },
        header: t("order"),
        cell: ({ row }) => t("orderId", { id: idText(row.original.orderId, locale) }),
      },
      {
        id: "date",
        accessorFn: (row) => row.createdAt,
        meta: { label: t("date"), className: "whitespace-nowrap text-slate-600" },
        header: t("date"),
        cell: ({ row }) => dates.format(new Date(row.original.createdAt)),
      },
      {
        id: "revenue",
        accessorFn: (row) => Number(row.revenue),
        meta: { label: t("revenue"), align: "right", hideBelow: "lg", className: "whitespace-nowrap" },
        header: t("revenue"),
        cell: ({ row }) => <MoneyText amount={row.original.revenue} locale={locale} />,
      },
      {
        id: "amount",
        accessorFn: (row) => Number(row.amount),
        meta: { label: t("amount"), key: true, align: "right", className: "whitespace-nowrap font-medium" },
        header: t("amount"),
        cell: ({ row }) => <MoneyText amount={row.original.amount} locale={locale} />,
      },
      {
        id: "reversed",
        accessorFn: (row) => Number(row.reversed),
        meta: { label: t("reversed"), align: "right", className: "whitespace-nowrap" },
        header: t("reversed"),
        cell: ({ row }) => <MoneyText amount={row.original.reversed} locale={locale} />,
      },
    ];
  }, [t, locale]);
  return <DataTable id="affiliate-commissions" columns={columns} rows={rows} rowId={(row) => row.id} sortable empty={empty} />;
}
