"use client";

import type { RowSelectionState } from "@tanstack/react-table";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { DataTable, type TableColumn } from "@/components/ui/data-table/data-table";
import { Notice } from "@/components/ui/notice";
import { categoryLabel, categoryLabelMark } from "@/lib/complaints/category-label";
import type { QueueRow } from "@/lib/complaints/list-queue";
import type { Envelope } from "@/lib/http/envelope";
import { intlLocale, numberFormat } from "@/lib/i18n/format-number";
import { durationText } from "./duration-text";
import { ComplaintStatusBadge, PriorityBadge } from "./status-badge";

type Props = { rows: QueueRow[]; staff: { id: string; fullName: string }[]; empty: ReactNode };

/** The queue with a selection: bulk assign and bulk close, each case reporting its own outcome. Paged on the server (not sortable here). */
export function QueueTable({ rows, staff, empty }: Props) {
  const t = useTranslations("complaintsAdmin");
  const tCases = useTranslations("complaints.columns");
  const tDuration = useTranslations("moreTables.duration");
  const locale = useLocale();
  const router = useRouter();
  const [selection, setSelection] = useState<RowSelectionState>({});
  const [assignee, setAssignee] = useState("");
  const [result, setResult] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const numbers = numberFormat(locale, 0);
  const ids = new Intl.NumberFormat(intlLocale(locale), { useGrouping: false });
  // Only cases on this page count, whatever was ticked before a filter or page change.
  const selected = rows.map((row) => row.id).filter((id) => selection[String(id)]);
  const columns = useMemo(() => queueColumns({ t, tCases, tDuration, locale }), [t, tCases, tDuration, locale]);

  async function bulk(body: Record<string, unknown>) {
    setPending(true);
    const response = await fetch("/api/admin/complaints/bulk", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ids: selected, ...body }),
    });
    const envelope = (await response.json()) as Envelope<{ id: number; ok: boolean; error?: string }[]>;
    setPending(false);
    if (!envelope.success) return setResult(envelope.error.message);
    const failed = envelope.data.filter((one) => !one.ok);
    setResult(
      [
        t("bulk.done", { ok: numbers.format(envelope.data.length - failed.length), failed: numbers.format(failed.length) }),
        ...failed.map((one) => `#${ids.format(one.id)}: ${one.error}`),
      ].join(" · "),
    );
    setSelection({});
    router.refresh();
  }

  return (
    <div className="space-y-3">
      {result ? <Notice tone="info">{result}</Notice> : null}
      {selected.length ? (
        <div className="flex flex-wrap items-center gap-2 rounded-md bg-slate-50 p-2 text-sm">
          <span>{t("bulk.selected", { count: numbers.format(selected.length) })}</span>
          <select
            value={assignee}
            onChange={(event) => setAssignee(event.target.value)}
            aria-label={t("bulk.assignTo")}
            className="rounded-md border border-slate-300 bg-white px-2 py-1"
          >
            <option value="">{t("bulk.unassign")}</option>
            {staff.map((member) => (
              <option key={member.id} value={member.id}>
                {member.fullName}
              </option>
            ))}
          </select>
          <Button variant="secondary" disabled={pending} onClick={() => bulk({ action: "assign", assigneeId: assignee || null })}>
            {t("bulk.assign")}
          </Button>
          <Button variant="danger" disabled={pending} onClick={() => bulk({ action: "close" })}>
            {t("bulk.close")}
          </Button>
        </div>
      ) : null}
      <DataTable
        id="complaints-queue-table"
        columns={columns}
        rows={rows}
        rowId={(row) => String(row.id)}
        rowAttributes={() => ({ "data-testid": "queue-row" })}
        selection={{ selected: selection, onChange: setSelection, label: (row) => `#${ids.format(row.id)}` }}
        empty={empty}
      />
    </div>
  );
}

function queueColumns({
  t,
  tCases,
  tDuration,
  locale,
}: {
  t: ReturnType<typeof useTranslations<"complaintsAdmin">>;
  tCases: ReturnType<typeof useTranslations<"complaints.columns">>;
  tDuration: ReturnType<typeof useTranslations<"moreTables.duration">>;
  locale: string;
}): TableColumn<QueueRow>[] {
  const numbers = new Intl.NumberFormat(intlLocale(locale), { useGrouping: false });
  return [
    {
      id: "case",
      meta: { label: t("columns.case"), key: true, className: "md:min-w-64 break-words" },
      header: t("columns.case"),
      cell: ({ row }) => (
        <span>
          <Link href={`/admin/complaints/${row.original.id}`} className="font-medium text-brand-700 hover:underline">
            #{numbers.format(row.original.id)} <span data-user-text>{row.original.title}</span>
          </Link>
          <span className="mt-1 flex flex-wrap gap-2 text-xs font-normal text-slate-500">
            <PriorityBadge priority={row.original.priority} />
            <span {...categoryLabelMark({ nameBn: row.original.categoryBn }, locale)}>
              {categoryLabel({ name: row.original.category, nameBn: row.original.categoryBn }, locale)}
            </span>
          </span>
        </span>
      ),
    },
    {
      id: "status",
      meta: { label: tCases("status"), key: true },
      header: tCases("status"),
      cell: ({ row }) => <ComplaintStatusBadge status={row.original.status} />,
    },
    {
      id: "customer",
      meta: { label: t("columns.customer"), className: "md:max-w-48 md:truncate break-all" },
      header: t("columns.customer"),
      cell: ({ row }) => <span title={row.original.customerEmail}>{row.original.customerEmail}</span>,
    },
    {
      id: "assignee",
      meta: { label: t("columns.assignee"), hideBelow: "xl" },
      header: t("columns.assignee"),
      cell: ({ row }) => (row.original.assignee ? <span data-user-text>{row.original.assignee}</span> : "—"),
    },
    {
      id: "age",
      meta: { label: t("columns.age"), className: "whitespace-nowrap" },
      header: t("columns.age"),
      cell: ({ row }) => durationText(row.original.ageMs, tDuration, locale),
    },
    {
      id: "firstResponse",
      meta: { label: t("columns.firstResponse"), hideBelow: "xl", className: "whitespace-nowrap" },
      header: t("columns.firstResponse"),
      cell: ({ row }) =>
        row.original.firstResponseMs !== null ? (
          durationText(row.original.firstResponseMs, tDuration, locale)
        ) : (
          <span className="text-amber-700">{t("noResponse")}</span>
        ),
    },
    {
      id: "orders",
      meta: { label: t("columns.orders"), hideBelow: "2xl" },
      header: t("columns.orders"),
      cell: ({ row }) =>
        row.original.orderIds.length ? (
          <span className="flex flex-wrap justify-end gap-x-2 md:justify-start">
            {row.original.orderIds.map((id) => (
              <Link key={id} href={`/admin/orders/${id}`} className="text-brand-700 hover:underline">
                #{numbers.format(id)}
              </Link>
            ))}
          </span>
        ) : (
          "—"
        ),
    },
  ];
}
