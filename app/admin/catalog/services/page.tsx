import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ServicesTable } from "@/components/admin/catalog/services-table";
import { buttonClass } from "@/components/ui/button";
import { Card, PageTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { pagePermission } from "@/lib/auth/current-user";
import { listCategories } from "@/lib/catalog/categories";
import { numberFormat } from "@/lib/i18n/format-number";
import { listServicesForAdmin } from "@/lib/catalog/list-services";
import { listProviders } from "@/lib/providers/list-providers";
import { readSearchParams, type RawSearchParams } from "@/lib/http/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("catalogAdmin.services"))("title") };
}

const STATUSES = ["ACTIVE", "DISABLED"] as const;
const PAGE_SIZE = 50;
const SELECT = "max-w-full rounded-md border border-slate-300 px-2 py-2 text-sm";

/** The query string for these filters (blank ones left out). */
function query(values: Record<string, string | undefined>): string {
  return new URLSearchParams(Object.entries(values).filter((entry): entry is [string, string] => Boolean(entry[1]))).toString();
}

export default async function AdminServicesPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await pagePermission("catalog.manage");
  const params = await readSearchParams(searchParams);
  const status = STATUSES.find((value) => value === params.status);
  const filters = {
    q: params.q?.trim() || undefined,
    category: params.category || undefined,
    provider: params.provider || undefined,
    status,
  };
  const filtered = Object.values(filters).some(Boolean);
  const page = Math.min(Math.max(Math.floor(Number(params.page)) || 1, 1), 100_000);
  const [t, locale, categories, providers, list] = await Promise.all([
    getTranslations(),
    getLocale(),
    listCategories(),
    listProviders(),
    listServicesForAdmin({
      search: filters.q,
      categoryId: filters.category,
      providerId: filters.provider,
      status,
      page,
      pageSize: PAGE_SIZE,
    }),
  ]);
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const numbers = numberFormat(locale, 0);
  const hrefFor = (target: number) => `/admin/catalog/services?${query({ ...filters, page: target > 1 ? String(target) : undefined })}`;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <PageTitle subtitle={t("catalogAdmin.services.subtitle", { total: list.total })}>{t("catalogAdmin.services.title")}</PageTitle>
        <Link href="/admin/catalog/services/new" className={buttonClass("secondary")}>
          {t("catalogAdmin.newService.link")}
        </Link>
      </div>
      <Card>
        <form className="mb-4 flex flex-wrap gap-2" role="search">
          <input
            name="q"
            defaultValue={filters.q}
            placeholder={t("catalogAdmin.services.searchPlaceholder")}
            aria-label={t("catalogAdmin.services.searchPlaceholder")}
            className="min-w-56 flex-1 rounded-md border border-slate-300 px-3 py-2 text-sm"
          />
          <select name="category" defaultValue={filters.category ?? ""} aria-label={t("catalogAdmin.services.category")} className={SELECT}>
            <option value="">{t("catalogAdmin.services.allCategories")}</option>
            {categories.map((category) => (
              <option key={category.id} value={category.id}>
                {category.name}
              </option>
            ))}
          </select>
          <select name="provider" defaultValue={filters.provider ?? ""} aria-label={t("catalogAdmin.services.provider")} className={SELECT}>
            <option value="">{t("catalogAdmin.services.allProviders")}</option>
            {providers.map((provider) => (
              <option key={provider.id} value={provider.id}>
                {provider.name}
              </option>
            ))}
          </select>
          <select name="status" defaultValue={status ?? ""} aria-label={t("catalogAdmin.services.status")} className={SELECT}>
            <option value="">{t("catalogAdmin.services.allStatuses")}</option>
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`catalogAdmin.statuses.${value}`)}
              </option>
            ))}
          </select>
          <button type="submit" className={buttonClass("secondary")}>
            {t("common.search")}
          </button>
        </form>
        <ServicesTable
          key={query({ ...filters, page: String(page) })}
          services={list.services}
          categories={categories.map(({ id, name }) => ({ id, name }))}
          locale={locale}
          empty={
            filtered ? (
              <EmptyState
                text={t("catalogAdmin.services.empty")}
                action={{ href: "/admin/catalog/services", label: t("adminTables.clearFilters") }}
              />
            ) : (
              <EmptyState text={t("adminTables.services.none")} action={{ href: "/admin/providers", label: t("nav.providers") }} />
            )
          }
        />
        <nav aria-label={t("catalogAdmin.services.pages")} className="mt-4 flex items-center justify-between gap-4 text-sm">
          {page > 1 ? (
            <Link href={hrefFor(Math.min(page - 1, pages))} className="text-brand-700 hover:underline">
              {t("catalogAdmin.services.previous")}
            </Link>
          ) : (
            <span />
          )}
          <span className="text-slate-500">
            {t("catalogAdmin.services.pageOf", { page: numbers.format(page), pages: numbers.format(pages) })}
          </span>
          {page < pages ? (
            <Link href={hrefFor(page + 1)} className="text-brand-700 hover:underline">
              {t("common.next")}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      </Card>
    </div>
  );
}
