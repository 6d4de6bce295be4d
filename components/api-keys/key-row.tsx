"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { renameApiKeyAction, revokeApiKeyAction } from "@/lib/actions/user/api-keys";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";

export type KeyRowData = { id: string; name: string; prefix: string; created: string; lastUsed: string | null; revoked: boolean };

export function KeyRow({ row, onMessage }: { row: KeyRowData; onMessage: (tone: "success" | "error", text: string) => void }) {
  const t = useTranslations("api.keys");
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(row.name);
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<{ success: boolean; error?: { message: string } }>, done: string) => {
    setBusy(true);
    const result = await work();
    setBusy(false);
    if (!result.success) return onMessage("error", result.error?.message ?? "");
    setEditing(false);
    onMessage("success", done);
    router.refresh();
  };

  return (
    <tr className="border-t border-slate-100 align-middle" data-testid="api-key-row">
      <td className="py-2 pr-3">
        {editing ? (
          <span className="flex gap-2">
            <input
              aria-label={t("name")}
              value={name}
              maxLength={60}
              onChange={(event) => setName(event.target.value)}
              className="w-40 rounded-md border border-slate-300 px-2 py-1 text-sm"
            />
            <Button
              variant="secondary"
              className="px-2 py-1 text-xs"
              disabled={busy}
              onClick={() => run(() => renameApiKeyAction({ id: row.id, name }), t("renamedNotice"))}
            >
              {t("save")}
            </Button>
            <Button
              variant="ghost"
              className="px-2 py-1 text-xs"
              onClick={() => {
                setEditing(false);
                setName(row.name);
              }}
            >
              {t("cancel")}
            </Button>
          </span>
        ) : (
          <span className="font-medium text-slate-900" data-user-text>
            {row.name}
          </span>
        )}
      </td>
      <td className="py-2 pr-3 font-mono text-xs text-slate-700">{row.prefix}…</td>
      <td className="py-2 pr-3 text-slate-600">{row.created}</td>
      <td className="py-2 pr-3 text-slate-600">{row.lastUsed ?? t("never")}</td>
      <td className="py-2 pr-3">{row.revoked ? <Badge tone="red">{t("revoked")}</Badge> : <Badge tone="green">{t("active")}</Badge>}</td>
      <td className="py-2 text-right whitespace-nowrap">
        {!editing ? (
          <Button variant="ghost" className="px-2 py-1 text-xs" onClick={() => setEditing(true)}>
            {t("rename")}
          </Button>
        ) : null}
        {!row.revoked ? (
          <Button
            variant="danger"
            className="ml-2 px-2 py-1 text-xs"
            disabled={busy}
            onClick={() => {
              if (window.confirm(t("revokeConfirm", { name: row.name })))
                void run(() => revokeApiKeyAction({ id: row.id }), t("revokedNotice"));
            }}
          >
            {t("revoke")}
          </Button>
        ) : null}
      </td>
    </tr>
  );
}
