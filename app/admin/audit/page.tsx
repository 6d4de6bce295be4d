import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Card, PageTitle } from "@/components/ui/card";
import { pagePermission } from "@/lib/auth/current-user";
import { listAudit } from "@/lib/audit/list-audit";
import { dateTimeFormat } from "@/lib/i18n/format-date";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("audit") };
}

export default async function AuditPage() {
  await pagePermission("audit.read");
  const [t, locale, entries] = await Promise.all([getTranslations("audit"), getLocale(), listAudit({ take: 100 })]);
  const dates = dateTimeFormat(locale, true);
  return (
    <div className="space-y-6">
      <PageTitle subtitle={t("subtitle")}>{t("title")}</PageTitle>
      <Card>
        {entries.length === 0 ? (
          <p className="text-sm text-slate-500">{t("empty")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="min-w-full text-sm">
              <thead className="border-b border-slate-200 text-left text-xs text-slate-500 uppercase">
                <tr>
                  <th className="py-2 pr-4 font-medium">{t("time")}</th>
                  <th className="py-2 pr-4 font-medium">{t("actor")}</th>
                  <th className="py-2 pr-4 font-medium">{t("action")}</th>
                  <th className="py-2 pr-4 font-medium">{t("object")}</th>
                  <th className="py-2 font-medium">{t("change")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 align-top">
                {entries.map((entry) => (
                  <tr key={entry.id}>
                    <td className="py-2 pr-4 whitespace-nowrap text-slate-600">{dates.format(entry.createdAt)}</td>
                    <td className="py-2 pr-4">{entry.actor?.email ?? t("system")}</td>
                    <td className="py-2 pr-4 font-mono text-xs">{entry.action}</td>
                    <td className="py-2 pr-4 font-mono text-xs">
                      {entry.objectType}:{entry.objectId}
                    </td>
                    <td className="py-2 font-mono text-xs text-slate-600">
                      {JSON.stringify(entry.before)} → {JSON.stringify(entry.after)}
                      {entry.ip ? <div className="text-slate-400">IP {entry.ip}</div> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </div>
  );
}
