"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useMemo, type ReactNode } from "react";
import { PaymentStatusBadge } from "@/components/payments/payment-status-badge";
import { Badge } from "@/components/ui/badge";
import { DataTable, type TableColumn } from "@/components/ui/data-table/data-table";
import { MoneyText } from "@/components/wallet/money-text";
import { dateTimeFormat } from "@/lib/i18n/format-date";
import type { listPaymentsForAdmin } from "@/lib/payments/admin/list-payments-for-admin";

export type AdminPaymentRow = Awaited<ReturnType<typeof listPaymentsForAdmin>>["rows"][number];

/** One page of payments, newest first (the server pages them, so the order is the server's). */
export function PaymentsTable({ rows, locale, empty }: { rows: AdminPaymentRow[]; locale: string; empty: ReactNode }) {
  const t = useTranslations("paymentsAdmin");
  const tm = useTranslations("payments.methods");
  const tc = useTranslations("adminTables.payments");
  const columns = useMemo(() => paymentColumns(t, tm, tc, locale), [t, tm, tc, locale]);
  return <DataTable id="admin-payments-table" columns={columns} rows={rows} rowId={(payment) => payment.id} empty={empty} />;
}

function paymentColumns(
  t: ReturnType<typeof useTranslations<"paymentsAdmin">>,
  tm: ReturnType<typeof useTranslations<"payments.methods">>,
  tc: ReturnType<typeof useTranslations<"adminTables.payments">>,
  locale: string,
): TableColumn<AdminPaymentRow>[] {
  const dates = dateTimeFormat(locale);
  return [
    {
      id: "reference",
      meta: { label: tc("reference"), key: true, className: "whitespace-nowrap" },
      header: tc("reference"),
      cell: ({ row }) => (
        <Link href={`/admin/payments/${row.original.id}`} className="font-mono text-brand-700 hover:underline">
          {row.original.tranId}
        </Link>
      ),
    },
    {
      id: "when",
      meta: { label: t("detail.when"), className: "whitespace-nowrap text-slate-600" },
      header: t("detail.when"),
      cell: ({ row }) => dates.format(new Date(row.original.createdAt)),
    },
    {
      id: "user",
      meta: { label: t("list.user"), className: "wrap-anywhere md:min-w-44" },
      header: t("list.user"),
      cell: ({ row }) => row.original.user.email,
    },
    {
      id: "method",
      meta: { label: t("detail.method"), hideBelow: "2xl" },
      header: t("detail.method"),
      cell: ({ row }) => tm(row.original.method),
    },
    {
      id: "trxId",
      meta: { label: t("detail.trxId"), hideBelow: "xl", className: "font-mono" },
      header: t("detail.trxId"),
      cell: ({ row }) => row.original.trxId ?? <span className="text-slate-400">—</span>,
    },
    {
      id: "amount",
      meta: { label: t("detail.amount"), align: "right", className: "whitespace-nowrap" },
      header: t("detail.amount"),
      cell: ({ row }) => (
        <>
          <MoneyText amount={row.original.amount} locale={locale} />
          {row.original.bonusAmount ? (
            <span className="block text-xs text-emerald-700">
              {t("list.bonus")}: +<MoneyText amount={row.original.bonusAmount} locale={locale} />
            </span>
          ) : null}
        </>
      ),
    },
    {
      id: "status",
      meta: { label: t("detail.status"), key: true, className: "whitespace-nowrap" },
      header: t("detail.status"),
      cell: ({ row }) => (
        <span className="inline-flex flex-wrap justify-end gap-1 md:justify-start">
          <PaymentStatusBadge status={row.original.status} />
          {row.original.riskHold ? <Badge tone="red">{t("list.held")}</Badge> : null}
        </span>
      ),
    },
  ];
}
