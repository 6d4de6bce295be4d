"use client";

import { useTranslations } from "next-intl";
import { useMemo, type ReactNode } from "react";
import { DataTable, type TableColumn } from "@/components/ui/data-table/data-table";
import { MoneyText } from "@/components/wallet/money-text";
import type { PayoutRow } from "@/lib/affiliates/affiliate-summary";
import { dateTimeFormat } from "@/lib/i18n/format-date";
import { PayoutStatusBadge } from "./payout-status-badge";

/** The affiliate's payouts, newest first, with where each went and the admin's note (TrxID or reason). */
export function PayoutsTable({ rows, locale, empty }: { rows: PayoutRow[]; locale: string; empty: ReactNode }) {
  const t = useTranslations("affiliates.payouts");
  const columns = useMemo((): TableColumn<PayoutRow>[] => {
    const dates = dateTimeFormat(locale);
    return [
      {
        id: "date",
        accessorFn: (row) => row.createdAt,
        meta: { label: t("date"), key: true, className: "whitespace-nowrap text-slate-600" },
        header: t("date"),
        cell: ({ row }) => dates.format(new Date(row.original.createdAt)),
      },
      {
        id: "amount",
        accessorFn: (row) => Number(row.amount),
        meta: { label: t("amount"), align: "right", className: "whitespace-nowrap font-medium" },
        header: t("amount"),
        cell: ({ row }) => <MoneyText amount={row.original.amount} locale={locale} />,
      },
      {
        id: "method",
        accessorFn: (row) => t(`methods.${row.method}`),
        meta: { label: t("method") },
        header: t("method"),
        cell: ({ row }) => (
          <span>
            {t(`methods.${row.original.method}`)}
            {row.original.accountNumber ? (
              <span className="block font-mono text-xs text-slate-500" data-user-text>
                {row.original.accountNumber}
              </span>
            ) : null}
          </span>
        ),
      },
      {
        id: "status",
        accessorFn: (row) => row.status,
        meta: { label: t("status"), key: true },
        header: t("status"),
        cell: ({ row }) => <PayoutStatusBadge status={row.original.status} />,
      },
      {
        id: "note",
        accessorFn: (row) => row.note ?? "",
        meta: { label: t("note"), hideBelow: "lg", className: "[overflow-wrap:anywhere] md:max-w-64" },
        header: t("note"),
        cell: ({ row }) => (row.original.note ? <span data-user-text>{row.original.note}</span> : "—"),
      },
    ];
  }, [t, locale]);
  return <DataTable id="affiliate-payouts" columns={columns} rows={rows} rowId={(row) => row.id} sortable empty={empty} />;
}
