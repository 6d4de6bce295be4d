"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useMemo, type ReactNode } from "react";
import { DataTable, type TableColumn } from "@/components/ui/data-table/data-table";
import { MoneyText } from "@/components/wallet/money-text";
import { dateTimeFormat } from "@/lib/i18n/format-date";
import type { OwnPaymentView } from "@/lib/payments/payment-view";
import { PaymentStatusBadge } from "./payment-status-badge";

export type PaymentRow = Pick<OwnPaymentView, "id" | "tranId" | "method" | "amount" | "status" | "createdAt">;

/** The customer's payments, newest first; all of them are on the page, so headers sort them. */
export function PaymentsTable({ rows, locale, empty }: { rows: PaymentRow[]; locale: string; empty: ReactNode }) {
  const t = useTranslations("payments");
  const columns = useMemo(() => paymentColumns(t, locale), [t, locale]);
  return <DataTable id="payments-table" columns={columns} rows={rows} rowId={(payment) => payment.id} sortable empty={empty} />;
}

function paymentColumns(t: ReturnType<typeof useTranslations<"payments">>, locale: string): TableColumn<PaymentRow>[] {
  const dates = dateTimeFormat(locale);
  return [
    {
      id: "date",
      accessorFn: (payment) => payment.createdAt,
      meta: { label: t("history.date"), className: "whitespace-nowrap text-slate-600" },
      header: t("history.date"),
      cell: ({ row }) => dates.format(new Date(row.original.createdAt)),
    },
    {
      id: "reference",
      accessorFn: (payment) => payment.tranId,
      meta: { label: t("history.reference"), key: true, className: "font-mono break-all" },
      header: t("history.reference"),
      cell: ({ row }) => (
        <Link href={`/user/payments/${row.original.tranId}`} className="text-brand-700 hover:underline">
          {row.original.tranId}
        </Link>
      ),
    },
    {
      id: "method",
      accessorFn: (payment) => t(`methods.${payment.method}`),
      meta: { label: t("history.method"), hideBelow: "xl", className: "md:min-w-40" },
      header: t("history.method"),
      cell: ({ row }) => t(`methods.${row.original.method}`),
    },
    {
      id: "amount",
      accessorFn: (payment) => Number(payment.amount),
      meta: { label: t("history.amount"), align: "right", className: "whitespace-nowrap" },
      header: t("history.amount"),
      cell: ({ row }) => <MoneyText amount={row.original.amount} locale={locale} />,
    },
    {
      id: "status",
      accessorFn: (payment) => t(`statuses.${payment.status}`),
      meta: { label: t("history.status"), key: true },
      header: t("history.status"),
      cell: ({ row }) => <PaymentStatusBadge status={row.original.status} />,
    },
  ];
}
