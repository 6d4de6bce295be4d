"use client";

import { useMemo, type ReactNode } from "react";
import { DataTable, type TableColumn } from "@/components/ui/data-table/data-table";
import { formatAmount, numberFormat } from "@/lib/i18n/format-number";
import type { ReportRow } from "@/lib/reports/profit-report";

type Texts = { heading: string; orders: string; revenue: string; profit: string };

/** The dashboard's short "top" lists: name, orders, revenue, profit; names wrap instead of scrolling, any column sorts (too few columns for a Columns menu). */
export function TopRowsTable({
  rows,
  locale,
  heading,
  columns: labels,
  empty,
  testId,
}: {
  rows: ReportRow[];
  locale: string;
  heading: string;
  columns: { orders: string; revenue: string; profit: string };
  empty: ReactNode;
  testId: string;
}) {
  const columns = useMemo(() => topColumns({ heading, ...labels }, locale), [heading, labels, locale]);
  return (
    <DataTable
      id={testId}
      columns={columns}
      rows={rows}
      rowId={(row) => row.key}
      sortable
      empty={typeof empty === "string" ? <p className="text-sm text-slate-600">{empty}</p> : empty}
    />
  );
}

function topColumns(text: Texts, locale: string): TableColumn<ReportRow>[] {
  const counts = numberFormat(locale, 0);
  return [
    {
      id: "name",
      accessorFn: (row) => row.label ?? "",
      enableHiding: false,
      meta: { label: text.heading, key: true, className: "[overflow-wrap:anywhere]" },
      header: text.heading,
      cell: ({ row }) => (
        <span>
          <span data-user-text>{row.original.label}</span>
          {row.original.detail ? (
            <span className="block text-xs font-normal text-slate-500" data-user-text>
              {row.original.detail}
            </span>
          ) : null}
        </span>
      ),
    },
    {
      id: "orders",
      accessorFn: (row) => row.orders,
      enableHiding: false,
      meta: { label: text.orders, align: "right", className: "tabular-nums" },
      header: text.orders,
      cell: ({ row }) => counts.format(row.original.orders),
    },
    {
      id: "revenue",
      // Sorting only compares; the figure shown is the exact decimal string.
      accessorFn: (row) => Number(row.revenue),
      enableHiding: false,
      meta: { label: text.revenue, key: true, align: "right", className: "whitespace-nowrap tabular-nums" },
      header: text.revenue,
      cell: ({ row }) => formatAmount(row.original.revenue, locale),
    },
    {
      id: "profit",
      accessorFn: (row) => Number(row.profit),
      enableHiding: false,
      meta: { label: text.profit, align: "right", className: "whitespace-nowrap tabular-nums" },
      header: text.profit,
      cell: ({ row }) => formatAmount(row.original.profit, locale),
    },
  ];
}
