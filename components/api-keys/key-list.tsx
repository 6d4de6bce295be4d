"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Notice } from "@/components/ui/notice";
import { KeyRow, type KeyRowData } from "./key-row";

export function KeyList({ rows }: { rows: KeyRowData[] }) {
  const t = useTranslations("api.keys");
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  if (rows.length === 0) return <p className="text-sm text-slate-500">{t("empty")}</p>;
  return (
    <div className="space-y-3">
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead className="text-xs text-slate-500 uppercase">
            <tr>
              <th className="py-2 pr-3 font-medium">{t("name")}</th>
              <th className="py-2 pr-3 font-medium">{t("prefix")}</th>
              <th className="py-2 pr-3 font-medium">{t("created")}</th>
              <th className="py-2 pr-3 font-medium">{t("lastUsed")}</th>
              <th className="py-2 pr-3 font-medium">{t("status")}</th>
              <th className="py-2" />
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <KeyRow key={row.id} row={row} onMessage={(tone, text) => setMessage({ tone, text })} />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
