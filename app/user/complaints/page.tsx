import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { OwnComplaintsTable } from "@/components/complaints/own-complaints-table";
import { buttonClass } from "@/components/ui/button";
import { Card, PageTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { pageUser } from "@/lib/auth/current-user";
import { COMPLAINT_STATUSES } from "@/lib/complaints/lifecycle";
import { listOwnComplaints } from "@/lib/complaints/list-own-complaints";
import { numberFormat } from "@/lib/i18n/format-number";
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
  const numbers = numberFormat(locale, 0);
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
        <OwnComplaintsTable
          rows={result.items}
          locale={locale}
          empty={
            status ? (
              <EmptyState text={t("emptyFiltered")} action={{ href: "/user/complaints", label: t("allStatuses") }} />
            ) : (
              <EmptyState text={t("empty")} action={{ href: "/user/complaints/new", label: t("newCase") }} />
            )
          }
        />
        {result.pagination.pages > 1 ? (
          <nav className="mt-4 flex items-center justify-between text-sm">
            {page > 1 ? (
              <Link href={href(page - 1)} className="text-brand-700 hover:underline">
                {t("previous")}
              </Link>
            ) : (
              <span />
            )}
            <span className="text-slate-500">
              {t("pageOf", { page: numbers.format(page), pages: numbers.format(result.pagination.pages) })}
            </span>
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
