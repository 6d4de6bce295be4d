"use client";

import { useTranslations } from "next-intl";
import { createContext, useContext, useState } from "react";
import { Button } from "@/components/ui/button";

export type KeyRowData = { id: string; name: string; prefix: string; created: string; lastUsed: string | null; revoked: boolean };

/** The list's one rename at a time, and its actions; cells read it so the table's columns stay the same. */
export type KeyEditing = {
  editingId: string | null;
  busy: boolean;
  startRename: (id: string) => void;
  cancelRename: () => void;
  rename: (id: string, name: string) => void;
  revoke: (id: string) => void;
};

export const KeyEditingContext = createContext<KeyEditing | null>(null);

function useKeyEditing(): KeyEditing {
  const editing = useContext(KeyEditingContext);
  if (!editing) throw new Error("Key cells are rendered inside KeyList");
  return editing;
}

/** The key's name, or while renaming: a box for the new name with Save and Cancel. */
export function KeyNameCell({ row }: { row: KeyRowData }) {
  const t = useTranslations("api.keys");
  const { editingId, busy, cancelRename, rename } = useKeyEditing();
  const [name, setName] = useState(row.name);
  if (editingId !== row.id)
    return (
      <span className="font-medium break-words text-slate-900" data-user-text>
        {row.name}
      </span>
    );
  return (
    <span className="flex flex-wrap gap-2">
      <input
        aria-label={t("name")}
        value={name}
        maxLength={60}
        onChange={(event) => setName(event.target.value)}
        className="w-40 rounded-md border border-slate-300 px-2 py-1 text-sm"
      />
      <Button variant="secondary" className="px-2 py-1 text-xs" disabled={busy} onClick={() => rename(row.id, name)}>
        {t("save")}
      </Button>
      <Button
        variant="ghost"
        className="px-2 py-1 text-xs"
        onClick={() => {
          setName(row.name);
          cancelRename();
        }}
      >
        {t("cancel")}
      </Button>
    </span>
  );
}

/** Rename (unless renaming already) and Revoke (while the key still works, after the person confirms). */
export function KeyActionsCell({ row }: { row: KeyRowData }) {
  const t = useTranslations("api.keys");
  const { editingId, busy, startRename, revoke } = useKeyEditing();
  return (
    <span className="flex justify-end gap-2 whitespace-nowrap">
      {editingId !== row.id ? (
        <Button variant="ghost" className="px-2 py-1 text-xs" onClick={() => startRename(row.id)}>
          {t("rename")}
        </Button>
      ) : null}
      {!row.revoked ? (
        <Button
          variant="danger"
          className="px-2 py-1 text-xs"
          disabled={busy}
          onClick={() => {
            if (window.confirm(t("revokeConfirm", { name: row.name }))) revoke(row.id);
          }}
        >
          {t("revoke")}
        </Button>
      ) : null}
    </span>
  );
}
