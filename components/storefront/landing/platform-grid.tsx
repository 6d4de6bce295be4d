import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatMoney } from "@/lib/money/format";
import { numberFormat } from "@/lib/i18n/format-number";
import type { PlatformOffer } from "@/lib/storefront/catalog-summary";

/** The platforms the live catalogue covers, each with its count of services and lowest price per 1,000. */
export async function PlatformGrid({ offers }: { offers: PlatformOffer[] }) {
  const [t, locale] = await Promise.all([getTranslations("storefront.platforms"), getLocale()]);
  const digits = numberFormat(locale);
  return (
    <section aria-labelledby="platforms-title" className="mx-auto max-w-6xl px-4 py-12">
      <h2 id="platforms-title" className="text-2xl font-bold text-slate-900">
        {t("title")}
      </h2>
      <p className="mt-2 text-slate-600">{t("lead")}</p>
      {offers.length === 0 ? (
        <p className="mt-6 text-slate-600">{t("empty")}</p>
      ) : (
        <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {offers.map((offer) => (
            <li key={offer.key}>
              <Link
                href={`/services?category=${encodeURIComponent(offer.categoryId)}`}
                className="block h-full rounded-lg border border-slate-200 bg-white p-4 shadow-sm transition hover:border-brand-500 hover:shadow"
                data-testid="platform-offer"
              >
                {offer.platform ? (
                  <span className="block font-semibold text-slate-900">{t(`names.${offer.platform}`)}</span>
                ) : (
                  <span className="block font-semibold text-slate-900" data-user-text>
                    {offer.categoryName}
                  </span>
                )}
                <span className="mt-1 block text-sm text-slate-500">
                  {t("services", { count: offer.services, shown: digits.format(offer.services) })}
                </span>
                <span className="mt-3 block text-sm font-medium text-brand-700" data-testid="platform-price">
                  {offer.fromRate ? t("from", { price: formatMoney(offer.fromRate, "BDT", locale) }) : t("packagesOnly")}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Link href="/services" className="mt-6 inline-block font-medium text-brand-700 hover:underline">
        {t("seeAll")} →
      </Link>
    </section>
  );
}
