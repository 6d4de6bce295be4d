"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { Badge } from "@/components/ui/badge";
import { DataTable, type TableColumn } from "@/components/ui/data-table/data-table";
import { PriceText } from "@/components/wallet/price-text";
import { numberFormat } from "@/lib/i18n/format-number";
import { localDigits } from "@/lib/i18n/local-digits";
import { money } from "@/lib/money/money";
import type { DisplayPrefs } from "@/lib/users/display-prefs";
import { displayAmount } from "./display-amount";
import { OrderLink } from "./order-link";
import { OrderRequests } from "./order-requests";
import { STATUS_TONES, type OrderRow } from "./order-types";
import { TrackedProgress } from "./tracked-progress";
import { useLiveOrders } from "./use-live-orders";

/** The customer's orders; open ones update in place while the page is open. */
export function OrdersTable({ rows, prefs, locale, empty }: { rows: OrderRow[]; prefs: DisplayPrefs; locale: string; empty: string }) {
  const t = useTranslations("orders");
  const live = useLiveOrders(rows);
  const columns = useMemo(() => orderColumns(t, prefs, locale), [t, prefs, locale]);
  return (
    <div className="space-y-2" data-polling={live.polling}>
      {live.error ? (
        <p role="status" className="text-xs text-amber-800">
          {t("list.liveError", { message: live.error.message })}
        </p>
      ) : null}
      <DataTable
        id="orders-table"
        columns={columns}
        rows={live.rows}
        rowId={(order) => String(order.id)}
        rowAttributes={(order) => ({ "data-order-id": order.id })}
        empty={<p className="text-sm text-slate-500">{empty}</p>}
      />
    </div>
  );
}

function orderColumns(t: ReturnType<typeof useTranslations<"orders">>, prefs: DisplayPrefs, locale: string): TableColumn<OrderRow>[] {
  const count = (value: number | null) => (value === null ? "—" : numberFormat(locale, 0).format(value));
  return [
    {
      id: "id",
      meta: { label: t("list.id"), key: true, className: "whitespace-nowrap" },
      header: t("list.id"),
      cell: ({ row }) => (
        <Link href={`/user/orders/${row.original.id}`} className="font-medium text-brand-700 tabular-nums hover:underline">
          #{localDigits(String(row.original.id), locale)}
        </Link>
      ),
    },
    {
      id: "date",
      meta: { label: t("list.date"), hideBelow: "xl", className: "whitespace-nowrap text-slate-600" },
      header: t("list.date"),
      cell: ({ row }) => row.original.createdAtText,
    },
    {
      id: "service",
      meta: { label: t("list.service"), className: "md:min-w-48" },
      header: t("list.service"),
      cell: ({ row }) => (
        <span className="max-md:text-right">
          <span className="text-slate-500">#{localDigits(String(row.original.serviceId), locale)}</span>{" "}
          <span data-user-text>{row.original.serviceName}</span>
        </span>
      ),
    },
    {
      id: "link",
      meta: { label: t("list.link"), hideBelow: "2xl" },
      header: t("list.link"),
      cell: ({ row }) => <OrderLink link={row.original.link} />,
    },
    {
      id: "quantity",
      meta: { label: t("list.quantity"), align: "right" },
      header: t("list.quantity"),
      cell: ({ row }) => <span className="tabular-nums">{count(row.original.quantity)}</span>,
    },
    {
      id: "startCount",
      meta: { label: t("list.startCount"), align: "right", hideBelow: "2xl", hideOnPhone: true },
      header: t("list.startCount"),
      cell: ({ row }) => (
        <span className="tabular-nums" data-testid={`order-start-count-${row.original.id}`}>
          {count(row.original.startCount)}
        </span>
      ),
    },
    {
      id: "remains",
      meta: { label: t("list.remains"), align: "right", hideBelow: "xl", hideOnPhone: true },
      header: t("list.remains"),
      cell: ({ row }) => (
        <span className="tabular-nums" data-testid={`order-remains-${row.original.id}`}>
          {count(row.original.remains)}
        </span>
      ),
    },
    {
      id: "charge",
      meta: { label: t("list.charge"), align: "right", className: "whitespace-nowrap" },
      header: t("list.charge"),
      cell: ({ row }) => (
        <span>
          <PriceText amountBdt={row.original.charge} prefs={prefs} locale={locale} />
          {money(row.original.refunded).gt(0) ? (
            <span className="block text-xs text-emerald-700">
              {t("list.refunded", { amount: displayAmount(row.original.refunded, prefs, locale) })}
            </span>
          ) : null}
        </span>
      ),
    },
    {
      id: "status",
      meta: { label: t("list.status"), key: true },
      header: t("list.status"),
      cell: ({ row }) => (
        <span data-testid={`order-status-${row.original.id}`} data-status={row.original.status}>
          <Badge tone={STATUS_TONES[row.original.status]}>{t(`status.${row.original.status}`)}</Badge>
          {row.original.tracked ? <TrackedProgress tracked={row.original.tracked} locale={locale} orderId={row.original.id} /> : null}
        </span>
      ),
    },
    {
      id: "requests",
      meta: { label: t("list.requests"), key: true, stick: "right" },
      header: t("list.requests"),
      cell: ({ row }) => <OrderRequests order={row.original} prefs={prefs} />,
    },
  ];
}
