import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { CodeBlock } from "./code-block";
import { ACTION_DOCS, TYPE_FIELDS } from "./reference";

export async function ActionReference() {
  const t = await getTranslations("api.docs");
  return (
    <div className="space-y-4">
      <h2 className="text-lg font-semibold text-slate-900">{t("actions")}</h2>
      <p className="text-sm text-slate-600">{t("statusWords")}</p>
      {ACTION_DOCS.map((doc) => (
        <Card key={doc.textKey} title={<code className="font-mono">action={doc.action}</code>}>
          <div className="grid gap-4 lg:grid-cols-2">
            <div className="space-y-2 text-sm">
              <p className="text-slate-700">{t(`action.${doc.textKey}`)}</p>
              <p className="text-slate-500">
                {t("parameters")}: <code className="font-mono text-slate-800">{["key", "action", ...doc.params].join(", ")}</code>
              </p>
            </div>
            <CodeBlock title={t("example")} code={JSON.stringify(doc.example, null, 2)} />
          </div>
        </Card>
      ))}
      <Card title={t("typesTitle")}>
        <table className="w-full text-left text-sm">
          <thead className="text-xs text-slate-500 uppercase">
            <tr>
              <th className="py-1 pr-3 font-medium">{t("type")}</th>
              <th className="py-1 font-medium">{t("fields")}</th>
            </tr>
          </thead>
          <tbody>
            {TYPE_FIELDS.map(([type, fields]) => (
              <tr key={type} className="border-t border-slate-100">
                <td className="py-1.5 pr-3 font-medium text-slate-800">
                  <code>{type}</code>
                </td>
                <td className="py-1.5 font-mono text-xs text-slate-700">
                  <code>{fields}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
    </div>
  );
}
