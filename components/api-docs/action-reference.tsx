import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { CodeBlock } from "./code-block";
import { ACTION_DOCS } from "./reference";
import { TYPE_FIELDS } from "./type-fields";

export async function ActionReference() {
  const t = await getTranslations("api.docs");
  const code = (chunks: ReactNode) => <code className="font-mono text-[0.9em] text-slate-800">{chunks}</code>;
  return (
    <div className="space-y-4">
      <h2 className="text-lg font-semibold text-slate-900">{t("actions")}</h2>
      <p className="text-sm text-slate-600">{t.rich("statusWords", { c: code })}</p>
      {ACTION_DOCS.map((doc) => (
        <Card key={doc.textKey} title={<code className="font-mono">action={doc.action}</code>}>
          <div className="grid gap-4 lg:grid-cols-2">
            <div className="space-y-2 text-sm">
              <p className="text-slate-700">{t.rich(`action.${doc.textKey}`, { c: code })}</p>
              <p className="text-slate-500">
                {t("parameters")}: <code className="font-mono text-slate-800">{["key", "action", ...doc.params].join(", ")}</code>
              </p>
            </div>
            <CodeBlock title={t("example")} code={JSON.stringify(doc.example, null, 2)} />
          </div>
        </Card>
      ))}
      <Card title={t.rich("typesTitle", { c: code })}>
        <table className="w-full text-left text-sm">
          <thead className="text-xs text-slate-500 uppercase">
            <tr>
              <th className="py-1 pr-3 font-medium">{t("type")}</th>
              <th className="py-1 font-medium">{t.rich("fields", { c: code })}</th>
            </tr>
          </thead>
          <tbody>
            {TYPE_FIELDS.map((row) => (
              <tr key={row.type} className="border-t border-slate-100 align-top">
                <td className="py-1.5 pr-3 font-medium text-slate-800">
                  <code>{row.type}</code>
                </td>
                <td className="py-1.5 text-xs text-slate-700">
                  <code className="font-mono">{row.fields}</code>
                  {row.notes.map((note) => (
                    <span key={note} className="block text-slate-500">
                      {t.rich(`typeNotes.${note}`, { c: code })}
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
    </div>
  );
}
