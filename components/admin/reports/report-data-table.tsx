"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { DataTable, type TableColumn } from "@/components/ui/data-table/data-table";
import type { PanelColumnMeta } from "@/components/ui/data-table/column-meta";
import { EmptyState } from "@/components/ui/empty-state";
import { formatAmount, numberFormat, percentFormat } from "@/lib/i18n/format-number";
import type { ReportDimension, ReportRow, ReportSort } from "@/lib/reports/profit-report";

export type ReportFigures = Omit<ReportRow, "key" | "label" | "detail">;
/** Where each column's header link leads: the page sorted by it (descending first, again to flip). */
export type SortLinks = Record<ReportSort, string>;

const COLUMNS: ReportSort[] = ["orders", "charge", "refunded", "revenue", "cost", "profit", "margin"];
/** Revenue, profit and margin stay; charge and refunds (revenue's parts) and the provider's cost fold first. */
const FOLD: Partial<Record<ReportSort, PanelColumnMeta["hideBelow"]>> = { charge: "2xl", refunded: "2xl", cost: "xl" };

type Props = {
  by: ReportDimension;
  rows: ReportRow[];
  totals: ReportFigures;
  sort: ReportSort;
  dir: "asc" | "desc";
  links: SortLinks;
  locale: string;
};

/** One profit report, sorted on the server by the URL (the headers are links), with the range's totals at the foot. */
export function ReportDataTable({ by, rows, totals, sort, dir, links, locale }: Props) {
  const t = useTranslations("ownerConsole.reports");
  const tMore = useTranslations("moreTables.reports");
  const columns = useMemo(() => reportColumns({ t, by, totals, sort, dir, links, locale }), [t, by, totals, sort, dir, links, locale]);
  return (
    <DataTable
      id="report-table"
      columns={columns}
      rows={rows}
      rowId={(row) => row.key}
      empty={<EmptyState text={`${t("empty")} ${tMore("emptyHint")}`} />}
    />
  );
}

function reportColumns({
  t,
  by,
  totals,
  sort,
  dir,
  links,
  locale,
}: Omit<Props, "rows"> & { t: ReturnType<typeof useTranslations<"ownerConsole.reports">> }): TableColumn<ReportRow>[] {
  const counts = numberFormat(locale, 0);
  const percent = percentFormat(locale);
  const figure = (column: ReportSort, row: ReportFigures) =>
    column === "orders"
      ? counts.format(row.orders)
      : column === "margin"
        ? row.margin === null
          ? "—"
          : percent.format(Number(row.margin) / 100)
        : formatAmount(row[column], locale);
  const name: TableColumn<ReportRow> = {
    id: "name",
    meta: { label: t(`key.${by}`), key: true, className: "md:max-w-64 [overflow-wrap:anywhere]" },
    header: t(`key.${by}`),
    cell: ({ row }) => (
      <span>
        {row.original.label === null ? t("manual") : <span data-user-text>{row.original.label}</span>}
        {row.original.detail ? (
          <span className="block text-xs font-normal text-slate-500" data-user-text>
            {row.original.detail}
          </span>
        ) : null}
      </span>
    ),
    footer: t("totals"),
  };
  return [
    name,
    ...COLUMNS.map((column): TableColumn<ReportRow> => ({
      id: column,
      meta: {
        label: t(`columns.${column}`),
        align: "right",
        key: column === "profit",
        hideBelow: FOLD[column],
        sorted: column === sort ? dir : undefined,
        className: "whitespace-nowrap tabular-nums",
      },
      header: () => (
        <Link
          href={links[column]}
          className={column === sort ? "text-slate-900" : "hover:text-slate-800"}
          aria-label={t("sortBy", { column: t(`columns.${column}`) })}
        >
          {t(`columns.${column}`)}
          {column === sort ? (dir === "asc" ? " ▲" : " ▼") : ""}
        </Link>
      ),
      cell: ({ row }) => figure(column, row.original),
      footer: () => figure(column, totals),
    })),
  ];
}
