"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useMemo, type ReactNode } from "react";
import { DataTable, type TableColumn } from "@/components/ui/data-table/data-table";
import { categoryLabel, categoryLabelMark } from "@/lib/complaints/category-label";
import type { OwnComplaintRow } from "@/lib/complaints/list-own-complaints";
import { dateTimeFormat } from "@/lib/i18n/format-date";
import { intlLocale } from "@/lib/i18n/format-number";
import { ComplaintStatusBadge, PriorityBadge } from "./status-badge";

/** The customer's cases, newest activity first (paged on the server, so not sortable here). */
export function OwnComplaintsTable({ rows, locale, empty }: { rows: OwnComplaintRow[]; locale: string; empty: ReactNode }) {
  const t = useTranslations("complaints.columns");
  const columns = useMemo(() => complaintColumns(t, locale), [t, locale]);
  return (
    <DataTable
      id="complaints-table"
      columns={columns}
      rows={rows}
      rowId={(item) => String(item.id)}
      rowAttributes={() => ({ "data-testid": "complaint-row" })}
      empty={empty}
    />
  );
}

function complaintColumns(t: ReturnType<typeof useTranslations<"complaints.columns">>, locale: string): TableColumn<OwnComplaintRow>[] {
  const dates = dateTimeFormat(locale);
  // Case numbers as people type them: no thousands separator.
  const numbers = new Intl.NumberFormat(intlLocale(locale), { useGrouping: false });
  return [
    {
      id: "case",
      meta: { label: t("case"), className: "whitespace-nowrap font-mono" },
      header: t("case"),
      cell: ({ row }) => `#${numbers.format(row.original.id)}`,
    },
    {
      id: "title",
      meta: { label: t("title"), key: true, className: "md:min-w-48 break-words" },
      header: t("title"),
      cell: ({ row }) => (
        <span>
          <Link href={`/user/complaints/${row.original.id}`} className="text-brand-700 hover:underline" data-user-text>
            {row.original.title}
          </Link>
          <span className="block text-xs font-normal text-slate-500" {...categoryLabelMark({ nameBn: row.original.categoryBn }, locale)}>
            {categoryLabel({ name: row.original.category, nameBn: row.original.categoryBn }, locale)}
          </span>
        </span>
      ),
    },
    {
      id: "status",
      meta: { label: t("status"), key: true },
      header: t("status"),
      cell: ({ row }) => <ComplaintStatusBadge status={row.original.status} />,
    },
    {
      id: "priority",
      meta: { label: t("priority") },
      header: t("priority"),
      cell: ({ row }) => <PriorityBadge priority={row.original.priority} />,
    },
    {
      id: "lastActivity",
      meta: { label: t("lastActivity"), className: "whitespace-nowrap text-slate-600" },
      header: t("lastActivity"),
      cell: ({ row }) => dates.format(new Date(row.original.lastActivityAt)),
    },
  ];
}
