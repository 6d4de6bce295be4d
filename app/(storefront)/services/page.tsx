import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { narrowCatalog } from "@/components/orders/service-search";
import { ServiceCategoryCards } from "@/components/services/service-category-cards";
import { ServicesFilter } from "@/components/services/services-filter";
import { currentUser } from "@/lib/auth/current-user";
import { listPublicServices } from "@/lib/pricing/customer-catalog";
import { readSearchParams, type RawSearchParams } from "@/lib/http/search-params";
import { languageAlternates } from "@/lib/storefront/seo";
import { displayPrefsOf } from "@/lib/users/display-prefs";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("storefront.services");
  return { title: t("title"), description: t("description"), alternates: languageAlternates("/services") };
}

const orderForm = (serviceId: number) => `/user/orders/create?service=${serviceId}`;
const signUpFirst = (serviceId: number) => `/register?callbackUrl=${encodeURIComponent(orderForm(serviceId))}`;

/** The whole active catalogue for visitors: search, category, list prices; Order leads to sign-up (or the order form). */
export default async function PublicServicesPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const { q = "", category = "" } = await readSearchParams(searchParams);
  const user = await currentUser();
  const [t, own, locale, categories, prefs] = await Promise.all([
    getTranslations("storefront.services"),
    getTranslations("ordering.services"),
    getLocale(),
    listPublicServices(),
    displayPrefsOf(user?.id ?? null),
  ]);
  // The order form's own search (by words or id), so every page finds the same services.
  const { groups, count } = narrowCatalog(categories, q, category);
  return (
    <div className="mx-auto max-w-6xl space-y-6 px-4 py-8 pb-16">
      <div>
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{t("title")}</h1>
        <p className="mt-1 text-slate-600">{user ? t("signedIn") : t("subtitle")}</p>
      </div>
      <div className="space-y-3">
        <ServicesFilter categories={categories.map(({ id, name }) => ({ id, name }))} q={q} category={category} action="/services" />
        <p className="text-sm text-slate-600" role="status">
          {own("count", { count })}
        </p>
      </div>
      {groups.length === 0 ? <p className="text-sm text-slate-500">{(await getTranslations("services"))("empty")}</p> : null}
      <ServiceCategoryCards
        groups={groups}
        categories={categories}
        prefs={prefs}
        locale={locale}
        orderHref={user ? orderForm : signUpFirst}
      />
    </div>
  );
}
