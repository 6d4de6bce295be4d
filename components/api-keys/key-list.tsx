"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { DataTable, type TableColumn } from "@/components/ui/data-table/data-table";
import { Notice } from "@/components/ui/notice";
import { renameApiKeyAction, revokeApiKeyAction } from "@/lib/actions/user/api-keys";
import { KeyActionsCell, KeyEditingContext, KeyNameCell, type KeyEditing, type KeyRowData } from "./key-row";

type Outcome = { success: boolean; error?: { message: string } };

/** The customer's keys; one can be renamed at a time, and a working key revoked. */
export function KeyList({ rows }: { rows: KeyRowData[] }) {
  const t = useTranslations("api.keys");
  const tMore = useTranslations("moreTables");
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const editing = useMemo<KeyEditing>(() => {
    const run = async (work: () => Promise<Outcome>, done: string) => {
      setBusy(true);
      const result = await work();
      setBusy(false);
      if (!result.success) return setMessage({ tone: "error", text: result.error?.message ?? "" });
      setEditingId(null);
      setMessage({ tone: "success", text: done });
      router.refresh();
    };
    return {
      editingId,
      busy,
      startRename: setEditingId,
      cancelRename: () => setEditingId(null),
      rename: (id, name) => void run(() => renameApiKeyAction({ id, name }), t("renamedNotice")),
      revoke: (id) => void run(() => revokeApiKeyAction({ id }), t("revokedNotice")),
    };
  }, [editingId, busy, router, t]);
  const columns = useMemo(() => keyColumns(t, tMore("actions")), [t, tMore]);

  return (
    <KeyEditingContext value={editing}>
      <div className="space-y-3">
        {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
        <DataTable
          id="api-keys-table"
          columns={columns}
          rows={rows}
          rowId={(row) => row.id}
          rowAttributes={() => ({ "data-testid": "api-key-row" })}
          empty={<p className="text-sm text-slate-500">{tMore("apiKeys.empty")}</p>}
        />
      </div>
    </KeyEditingContext>
  );
}

function keyColumns(t: ReturnType<typeof useTranslations<"api.keys">>, actions: string): TableColumn<KeyRowData>[] {
  return [
    {
      id: "name",
      meta: { label: t("name"), key: true, className: "md:min-w-40" },
      header: t("name"),
      cell: ({ row }) => <KeyNameCell row={row.original} />,
    },
    {
      id: "prefix",
      meta: { label: t("prefix"), className: "whitespace-nowrap font-mono text-xs text-slate-700" },
      header: t("prefix"),
      cell: ({ row }) => `${row.original.prefix}…`,
    },
    {
      id: "created",
      meta: { label: t("created"), hideBelow: "xl", className: "whitespace-nowrap text-slate-600" },
      header: t("created"),
      cell: ({ row }) => row.original.created,
    },
    {
      id: "lastUsed",
      meta: { label: t("lastUsed"), className: "whitespace-nowrap text-slate-600" },
      header: t("lastUsed"),
      cell: ({ row }) => row.original.lastUsed ?? t("never"),
    },
    {
      id: "status",
      meta: { label: t("status") },
      header: t("status"),
      cell: ({ row }) => (row.original.revoked ? <Badge tone="red">{t("revoked")}</Badge> : <Badge tone="green">{t("active")}</Badge>),
    },
    {
      id: "actions",
      meta: { label: actions, key: true, stick: "right", align: "right" },
      header: () => <span className="sr-only">{actions}</span>,
      cell: ({ row }) => <KeyActionsCell row={row.original} />,
    },
  ];
}
