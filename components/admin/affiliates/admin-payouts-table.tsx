"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useMemo, type ReactNode } from "react";
import { PayoutStatusBadge } from "@/components/affiliates/payout-status-badge";
import { DataTable, type TableColumn } from "@/components/ui/data-table/data-table";
import { MoneyText } from "@/components/wallet/money-text";
import type { AdminPayoutRow } from "@/lib/affiliates/list-payouts-for-admin";
import { dateTimeFormat } from "@/lib/i18n/format-date";
import { PayoutDecision } from "./payout-decision";

type Props = { id: string; rows: AdminPayoutRow[]; locale: string; canDecide: boolean; empty: ReactNode };

/** Affiliate payouts for admins: who, how much, where to; waiting ones carry Mark paid / Reject. */
export function AdminPayoutsTable({ id, rows, locale, canDecide, empty }: Props) {
  const t = useTranslations("affiliatesAdmin");
  const tp = useTranslations("affiliates.payouts");
  const columns = useMemo((): TableColumn<AdminPayoutRow>[] => {
    const dates = dateTimeFormat(locale);
    const list: TableColumn<AdminPayoutRow>[] = [
      {
        id: "customer",
        accessorFn: (row) => row.email,
        meta: { label: t("customer"), key: true, className: "[overflow-wrap:anywhere] md:min-w-48" },
        header: t("customer"),
        cell: ({ row }) => (
          <Link href={`/admin/users/${row.original.userId}`} className="text-brand-700 hover:underline" data-user-text>
            {row.original.email}
          </Link>
        ),
      },
      {
        id: "amount",
        accessorFn: (row) => Number(row.amount),
        meta: { label: t("amount"), key: true, align: "right", className: "whitespace-nowrap font-medium" },
        header: t("amount"),
        cell: ({ row }) => <MoneyText amount={row.original.amount} locale={locale} />,
      },
      {
        id: "method",
        accessorFn: (row) => row.method,
        meta: { label: t("method") },
        header: t("method"),
        cell: ({ row }) => (
          <span>
            {tp(`methods.${row.original.method}`)}
            {row.original.accountNumber ? (
              <span className="block font-mono text-xs text-slate-600" data-user-text>
                {row.original.accountNumber}
              </span>
            ) : null}
          </span>
        ),
      },
      {
        id: "date",
        accessorFn: (row) => row.createdAt,
        meta: { label: t("date"), hideBelow: "xl", className: "whitespace-nowrap text-slate-600" },
        header: t("date"),
        cell: ({ row }) => dates.format(new Date(row.original.createdAt)),
      },
      {
        id: "status",
        accessorFn: (row) => row.status,
        meta: { label: t("status") },
        header: t("status"),
        cell: ({ row }) => <PayoutStatusBadge status={row.original.status} />,
      },
      {
        id: "note",
        accessorFn: (row) => row.note ?? "",
        meta: { label: t("note"), hideBelow: "lg", className: "[overflow-wrap:anywhere] md:max-w-56" },
        header: t("note"),
        cell: ({ row }) => (
          <span>
            {row.original.note ? <span data-user-text>{row.original.note}</span> : "—"}
            {row.original.decidedBy ? (
              <span className="block text-xs text-slate-500">
                {t("decidedBy")}: <span data-user-text>{row.original.decidedBy}</span>
              </span>
            ) : null}
          </span>
        ),
      },
    ];
    if (canDecide)
      list.push({
        id: "actions",
        meta: { label: t("actions"), key: true, stick: "right" },
        header: t("actions"),
        cell: ({ row }) => <PayoutDecision payout={row.original} />,
      });
    return list;
  }, [t, tp, locale, canDecide]);
  return (
    <DataTable
      id={id}
      columns={columns}
      rows={rows}
      rowId={(row) => row.id}
      empty={empty}
      rowAttributes={(row) => ({ "data-payout-id": row.id })}
    />
  );
}
