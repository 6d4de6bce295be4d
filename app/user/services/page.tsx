import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card, PageTitle } from "@/components/ui/card";
import { PriceText } from "@/components/wallet/price-text";
import { pageUser } from "@/lib/auth/current-user";
import { listActiveServices } from "@/lib/catalog/list-active-services";
import { displayPrefs } from "@/lib/users/display-prefs";
import { readSearchParams, type RawSearchParams } from "@/lib/http/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("services"))("title") };
}

export default async function ServicesPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await pageUser();
  const { q } = await readSearchParams(searchParams);
  const [t, locale, categories, prefs] = await Promise.all([
    getTranslations("services"),
    getLocale(),
    listActiveServices(q),
    displayPrefs(user.id),
  ]);
  return (
    <div className="space-y-6">
      <PageTitle subtitle={t("subtitle", { currency: prefs.currency })}>{t("title")}</PageTitle>
      <div className="flex flex-wrap items-center gap-3">
        <form role="search" className="flex min-w-64 flex-1 gap-2">
          <input
            name="q"
            defaultValue={q}
            placeholder={t("search")}
            aria-label={t("search")}
            className="flex-1 rounded-md border border-slate-300 px-3 py-2 text-sm"
          />
          <button type="submit" className={buttonClass("secondary")}>
            {t("searchButton")}
          </button>
        </form>
        <Link href="/user/services/updates" className="text-sm text-brand-700 hover:underline">
          {t("updatesLink")}
        </Link>
      </div>
      {categories.length === 0 ? <p className="text-sm text-slate-500">{t("empty")}</p> : null}
      {categories.map((category) => (
        <Card key={category.id} title={<span data-user-text>{category.name}</span>}>
          {category.description ? (
            <p className="-mt-2 mb-3 text-sm text-slate-600" data-user-text>
              {category.description}
            </p>
          ) : null}
          <div className="overflow-x-auto">
            <table className="min-w-full text-sm" data-testid="services-table">
              <thead className="border-b border-slate-200 text-left text-xs text-slate-500 uppercase">
                <tr>
                  <th className="py-2 pr-4 font-medium">{t("id")}</th>
                  <th className="py-2 pr-4 font-medium">{t("service")}</th>
                  <th className="py-2 pr-4 text-right font-medium">{t("pricePer1000")}</th>
                  <th className="py-2 text-right font-medium">{t("minMax")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 align-top">
                {category.services.map((service) => (
                  <tr key={service.id} data-service-id={service.id}>
                    <td className="py-2 pr-4 text-slate-500">{service.id}</td>
                    <td className="py-2 pr-4">
                      <div className="font-medium" data-user-text>
                        {service.name}
                      </div>
                      <div className="mt-1 flex flex-wrap gap-1">
                        {service.refill ? (
                          <Badge tone="green">{service.refillDays ? t("refillDays", { days: service.refillDays }) : t("refill")}</Badge>
                        ) : null}
                        {service.cancel ? <Badge tone="blue">{t("cancel")}</Badge> : null}
                        {service.dripfeed ? <Badge tone="slate">{t("dripfeed")}</Badge> : null}
                      </div>
                      {service.description ? (
                        <p className="mt-1 text-xs whitespace-pre-line text-slate-500" data-user-text>
                          {service.description}
                        </p>
                      ) : null}
                    </td>
                    <td className="py-2 pr-4 text-right" data-testid="service-price">
                      <PriceText amountBdt={service.rate} prefs={prefs} locale={locale} />
                    </td>
                    <td className="py-2 text-right tabular-nums">
                      {service.min.toLocaleString("en")}–{service.max.toLocaleString("en")}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Card>
      ))}
    </div>
  );
}
