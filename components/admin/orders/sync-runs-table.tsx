"use client";

import { useTranslations } from "next-intl";
import { useMemo, type ReactNode } from "react";
import { DataTable, type TableColumn } from "@/components/ui/data-table/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { dateTimeFormat } from "@/lib/i18n/format-date";
import { numberFormat } from "@/lib/i18n/format-number";
import type { listSyncRuns } from "@/lib/orders/admin/list-sync-runs";

type Run = Awaited<ReturnType<typeof listSyncRuns>>[number];
type Figure = "checked" | "changed" | "refunded" | "providerCalls";

/** Recent sync passes: when, what started them, and what they did (all on the page, so any column sorts). */
export function SyncRunsTable({ runs, locale, empty }: { runs: Run[]; locale: string; empty?: ReactNode }) {
  const t = useTranslations("ordersAdmin.sync");
  const columns = useMemo(() => runColumns(t, locale), [t, locale]);
  return (
    <DataTable
      id="sync-runs"
      columns={columns}
      rows={runs}
      rowId={(run) => run.id}
      sortable
      empty={empty ?? <EmptyState text={t("noRuns")} />}
    />
  );
}

function runColumns(t: ReturnType<typeof useTranslations<"ordersAdmin.sync">>, locale: string): TableColumn<Run>[] {
  const dates = dateTimeFormat(locale, true);
  const numbers = numberFormat(locale, 0);
  const figure = (id: Figure, hideBelow?: "xl"): TableColumn<Run> => ({
    id,
    accessorFn: (run) => run[id],
    meta: { label: t(id), align: "right", hideBelow, className: "tabular-nums" },
    header: t(id),
    cell: ({ row }) => numbers.format(row.original[id]),
  });
  return [
    {
      id: "time",
      accessorFn: (run) => new Date(run.createdAt).getTime(),
      meta: { label: t("time"), key: true, className: "whitespace-nowrap text-slate-600" },
      header: t("time"),
      cell: ({ row }) => dates.format(new Date(row.original.createdAt)),
    },
    {
      id: "trigger",
      accessorFn: (run) => run.trigger,
      meta: { label: t("trigger") },
      header: t("trigger"),
      cell: ({ row }) =>
        row.original.trigger === "admin" || row.original.trigger === "cron" ? t(`triggers.${row.original.trigger}`) : row.original.trigger,
    },
    figure("checked"),
    figure("changed"),
    figure("refunded"),
    figure("providerCalls", "xl"),
    {
      id: "errors",
      accessorFn: (run) => run.errors.length,
      meta: { label: t("errors"), key: true, className: "text-xs md:min-w-48" },
      header: t("errors"),
      cell: ({ row }) =>
        row.original.errors.length === 0 ? (
          <span className="text-slate-400">—</span>
        ) : (
          <ul className="space-y-0.5 text-red-700">
            {row.original.errors.slice(0, 5).map((error, index) => (
              <li key={index}>{error.message ?? JSON.stringify(error)}</li>
            ))}
          </ul>
        ),
    },
    {
      id: "duration",
      accessorFn: (run) => run.durationMs,
      meta: { label: t("duration"), align: "right", hideBelow: "xl", className: "whitespace-nowrap tabular-nums" },
      header: t("duration"),
      cell: ({ row }) => t("ms", { ms: row.original.durationMs }),
    },
  ];
}
