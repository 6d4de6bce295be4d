import type { Metadata } from "next";
import { categoryLabel, categoryLabelMark } from "@/lib/complaints/category-label";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ComplaintStatusBadge, PriorityBadge } from "@/components/complaints/status-badge";
import { buttonClass } from "@/components/ui/button";
import { Card, PageTitle } from "@/components/ui/card";
import { pageUser } from "@/lib/auth/current-user";
import { COMPLAINT_STATUSES } from "@/lib/complaints/lifecycle";
import { listOwnComplaints } from "@/lib/complaints/list-own-complaints";
import { dateTimeFormat } from "@/lib/i18n/format-date";
import { readSearchParams, type RawSearchParams } from "@/lib/http/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("complaints"))("title") };
}

export default async function ComplaintsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await pageUser();
  const params = await readSearchParams(searchParams);
  const status = COMPLAINT_STATUSES.find((value) => value === params.status);
  const page = Math.max(1, Math.min(100_000, Number.parseInt(params.page ?? "1", 10) || 1));
  const [t, locale, result] = await Promise.all([
    getTranslations("complaints"),
    getLocale(),
    listOwnComplaints(user.id, { page, limit: 20, status }),
  ]);
  const dates = dateTimeFormat(locale);
  const href = (next: number) => `/user/complaints?${new URLSearchParams({ ...(status ? { status } : {}), page: String(next) })}`;
  return (
    <div className="space-y-6">
      <PageTitle subtitle={t("subtitle")}>{t("title")}</PageTitle>
      <Link href="/user/complaints/new" className={buttonClass("primary")}>
        {t("newCase")}
      </Link>
      <Card>
        <form className="mb-4 flex gap-2">
          <select
            name="status"
            defaultValue={status ?? ""}
            aria-label={t("columns.status")}
            className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
          >
            <option value="">{t("allStatuses")}</option>
            {COMPLAINT_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`status.${value}`)}
              </option>
            ))}
          </select>
          <button className={buttonClass("secondary")}>{t("filter")}</button>
        </form>
        {result.items.length === 0 ? (
          <p className="text-sm text-slate-500">{status ? t("emptyFiltered") : t("empty")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="text-xs text-slate-500 uppercase">
                <tr>
                  <th className="py-2 pr-3">{t("columns.case")}</th>
                  <th className="py-2 pr-3">{t("columns.title")}</th>
                  <th className="py-2 pr-3">{t("columns.status")}</th>
                  <th className="py-2 pr-3">{t("columns.priority")}</th>
                  <th className="py-2">{t("columns.lastActivity")}</th>
                </tr>
              </thead>
              <tbody>
                {result.items.map((item) => (
                  <tr key={item.id} className="border-t border-slate-100" data-testid="complaint-row">
                    <td className="py-2 pr-3 font-mono">#{item.id}</td>
                    <td className="py-2 pr-3">
                      <Link href={`/user/complaints/${item.id}`} className="text-brand-700 hover:underline" data-user-text>
                        {item.title}
                      </Link>
                      <span className="block text-xs text-slate-500" {...categoryLabelMark({ nameBn: item.categoryBn }, locale)}>
                        {categoryLabel({ name: item.category, nameBn: item.categoryBn }, locale)}
                      </span>
                    </td>
                    <td className="py-2 pr-3">
                      <ComplaintStatusBadge status={item.status} />
                    </td>
                    <td className="py-2 pr-3">
                      <PriorityBadge priority={item.priority} />
                    </td>
                    <td className="py-2 text-slate-600">{dates.format(new Date(item.lastActivityAt))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {result.pagination.pages > 1 ? (
          <nav className="mt-4 flex items-center justify-between text-sm">
            {page > 1 ? (
              <Link href={href(page - 1)} className="text-brand-700 hover:underline">
                {t("previous")}
              </Link>
            ) : (
              <span />
            )}
            <span className="text-slate-500">{t("pageOf", { page, pages: result.pagination.pages })}</span>
            {page < result.pagination.pages ? (
              <Link href={href(page + 1)} className="text-brand-700 hover:underline">
                {t("next")}
              </Link>
            ) : (
              <span />
            )}
          </nav>
        ) : null}
      </Card>
    </div>
  );
}
