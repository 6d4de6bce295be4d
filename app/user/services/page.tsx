import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { narrowCatalog } from "@/components/orders/service-search";
import { ServiceCategoryCards } from "@/components/services/service-category-cards";
import { ServicesFilter } from "@/components/services/services-filter";
import { PageTitle } from "@/components/ui/card";
import { pageUser } from "@/lib/auth/current-user";
import { listCustomerServices } from "@/lib/pricing/customer-catalog";
import { displayPrefs } from "@/lib/users/display-prefs";
import { readSearchParams, type RawSearchParams } from "@/lib/http/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("services"))("title") };
}

/** The customer catalogue: narrowed by `?category=` and `?q=` (words of the name, or an id), each service with an Order button. */
export default async function ServicesPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await pageUser();
  const { q = "", category = "" } = await readSearchParams(searchParams);
  const [t, own, locale, categories, prefs] = await Promise.all([
    getTranslations("services"),
    getTranslations("ordering.services"),
    getLocale(),
    listCustomerServices(user.id),
    displayPrefs(user.id),
  ]);
  // The order form's own search (by words or id), so every page finds the same services.
  const { groups, count } = narrowCatalog(categories, q, category);
  return (
    <div className="min-w-0 space-y-6">
      <PageTitle subtitle={t("subtitle", { currency: prefs.currency })}>{t("title")}</PageTitle>
      <div className="space-y-3">
        <ServicesFilter categories={categories.map(({ id, name }) => ({ id, name }))} q={q} category={category} />
        <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
          <p className="text-slate-600" role="status">
            {own("count", { count })}
          </p>
          <Link href="/user/services/updates" className="text-brand-700 hover:underline">
            {t("updatesLink")}
          </Link>
        </div>
      </div>
      {groups.length === 0 ? <p className="text-sm text-slate-500">{t("empty")}</p> : null}
      <ServiceCategoryCards groups={groups} categories={categories} prefs={prefs} locale={locale} />
    </div>
  );
}
