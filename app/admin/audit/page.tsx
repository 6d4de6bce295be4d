import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AuditEntryItem } from "@/components/admin/audit/audit-entry";
import { AuditFilters } from "@/components/admin/audit/audit-filters";
import { Card, PageTitle } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { pagePermission } from "@/lib/auth/current-user";
import { readAuditQuery, type AuditQuery, type AuditQueryField } from "@/lib/audit/audit-query";
import { listAudit } from "@/lib/audit/list-audit";
import { dateTimeFormat } from "@/lib/i18n/format-date";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("audit") };
}

type Params = Record<string, string | string[] | undefined>;
const FILTERS = ["actor", "action", "objectType", "objectId", "from", "to"] as const satisfies readonly AuditQueryField[];

function href(query: AuditQuery): string {
  const params = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => Boolean(entry[1])));
  return params.size ? `/admin/audit?${params}` : "/admin/audit";
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Params> }) {
  await pagePermission("audit.read");
  const params = await searchParams;
  const { query, errors } = readAuditQuery(params);
  const [t, tr, root, locale, page] = await Promise.all([
    getTranslations("audit"),
    getTranslations("adminHistory.audit"),
    getTranslations(),
    getLocale(),
    listAudit(query),
  ]);
  const dates = dateTimeFormat(locale, true);
  const given = Object.fromEntries(
    Object.entries(params).flatMap(([key, value]) => (typeof value === "string" && value.trim() ? [[key, value]] : [])),
  ) as Partial<Record<AuditQueryField, string>>;
  const messages = Object.fromEntries(
    Object.entries(errors).map(([field, rule]) => [field, root(rule.key as never, rule.values as never)]),
  ) as Partial<Record<AuditQueryField, string>>;
  const filtered = FILTERS.some((field) => query[field]);
  const kept = { ...query, cursor: undefined };

  return (
    <div className="space-y-6">
      <PageTitle subtitle={t("subtitle")}>{t("title")}</PageTitle>
      <Card>
        {Object.keys(errors).length ? (
          <div className="mb-4">
            <Notice tone="error">{tr("filters.invalid")}</Notice>
          </div>
        ) : null}
        <AuditFilters given={given} errors={messages} />
        {page.entries.length === 0 ? (
          <p className="text-sm text-slate-500">{filtered ? tr("list.noMatch") : tr("list.empty")}</p>
        ) : (
          <ol className="divide-y divide-slate-100" aria-label={tr("list.label")}>
            {page.entries.map((entry) => (
              <AuditEntryItem key={entry.id} entry={entry} locale={locale} time={dates.format(entry.createdAt)} />
            ))}
          </ol>
        )}
        <nav aria-label={tr("list.pages")} className="mt-4 flex items-center justify-between gap-4 text-sm">
          {query.cursor ? (
            <Link href={href(kept)} className="text-brand-700 hover:underline">
              {tr("list.first")}
            </Link>
          ) : (
            <span />
          )}
          {page.nextCursor ? (
            <Link href={href({ ...kept, cursor: page.nextCursor })} className="text-brand-700 hover:underline" rel="next">
              {tr("list.next")}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      </Card>
    </div>
  );
}
