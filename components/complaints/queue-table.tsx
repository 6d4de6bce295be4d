"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { duration } from "@/lib/complaints/case-times";
import type { QueueRow } from "@/lib/complaints/list-queue";
import type { Envelope } from "@/lib/http/envelope";
import { ComplaintStatusBadge, PriorityBadge } from "./status-badge";

type Props = { rows: QueueRow[]; staff: { id: string; fullName: string }[] };

/** The queue with a selection: bulk assign and bulk close, each case reporting its own outcome. */
export function QueueTable({ rows, staff }: Props) {
  const t = useTranslations("complaintsAdmin");
  const tCases = useTranslations("complaints.columns");
  const router = useRouter();
  const [selected, setSelected] = useState<number[]>([]);
  const [assignee, setAssignee] = useState("");
  const [result, setResult] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const toggle = (id: number) => setSelected((current) => (current.includes(id) ? current.filter((one) => one !== id) : [...current, id]));

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
        t("bulk.done", { ok: envelope.data.length - failed.length, failed: failed.length }),
        ...failed.map((one) => `#${one.id}: ${one.error}`),
      ].join(" · "),
    );
    setSelected([]);
    router.refresh();
  }

  return (
    <div className="space-y-3">
      {result ? <Notice tone="info">{result}</Notice> : null}
      {selected.length ? (
        <div className="flex flex-wrap items-center gap-2 rounded-md bg-slate-50 p-2 text-sm">
          <span>{t("bulk.selected", { count: selected.length })}</span>
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
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead className="text-xs text-slate-500 uppercase">
            <tr>
              <th className="py-2 pr-2">
                <span className="sr-only">select</span>
              </th>
              <th className="py-2 pr-3">{t("columns.case")}</th>
              <th className="py-2 pr-3">{tCases("status")}</th>
              <th className="py-2 pr-3">{t("columns.customer")}</th>
              <th className="py-2 pr-3">{t("columns.assignee")}</th>
              <th className="py-2 pr-3">{t("columns.age")}</th>
              <th className="py-2 pr-3">{t("columns.firstResponse")}</th>
              <th className="py-2">{t("columns.orders")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-t border-slate-100 align-top" data-testid="queue-row">
                <td className="py-2 pr-2">
                  <input type="checkbox" checked={selected.includes(row.id)} onChange={() => toggle(row.id)} aria-label={`#${row.id}`} />
                </td>
                <td className="py-2 pr-3">
                  <Link href={`/admin/complaints/${row.id}`} className="font-medium text-brand-700 hover:underline">
                    #{row.id} {row.title}
                  </Link>
                  <span className="mt-1 flex gap-2 text-xs text-slate-500">
                    <PriorityBadge priority={row.priority} /> {row.category}
                  </span>
                </td>
                <td className="py-2 pr-3">
                  <ComplaintStatusBadge status={row.status} />
                </td>
                <td className="py-2 pr-3">{row.customerEmail}</td>
                <td className="py-2 pr-3">{row.assignee ?? "—"}</td>
                <td className="py-2 pr-3 whitespace-nowrap">{duration(row.ageMs)}</td>
                <td className="py-2 pr-3 whitespace-nowrap">
                  {row.firstResponseMs !== null ? duration(row.firstResponseMs) : <span className="text-amber-700">{t("noResponse")}</span>}
                </td>
                <td className="py-2">
                  {row.orderIds.map((id) => (
                    <Link key={id} href={`/admin/orders/${id}`} className="mr-2 text-brand-700 hover:underline">
                      #{id}
                    </Link>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
