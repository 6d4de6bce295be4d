import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { JsonLd } from "@/components/storefront/json-ld";
import { AnnouncementList } from "@/components/announcements/announcement-list";
import { FaqSection } from "@/components/storefront/landing/faq-section";
import { ContactSection } from "@/components/storefront/landing/contact-section";
import { Hero } from "@/components/storefront/landing/hero";
import { HowItWorks } from "@/components/storefront/landing/how-it-works";
import { PaymentBadges } from "@/components/storefront/landing/payment-badges";
import { PlatformGrid } from "@/components/storefront/landing/platform-grid";
import { TrustSection } from "@/components/storefront/landing/trust-section";
import { buttonClass } from "@/components/ui/button";
import { currentUser } from "@/lib/auth/current-user";
import { homeFor } from "@/lib/auth/safe-redirect";
import { brandText, getBrand } from "@/lib/brand/brand";
import { contactLinks } from "@/lib/brand/contact-links";
import { latestAnnouncements } from "@/lib/announcements/list-announcements";
import { splitFaq } from "@/lib/content/faq";
import { getContentPage } from "@/lib/content/pages";
import type { AppLocale } from "@/lib/i18n/config";
import { paymentConfig } from "@/lib/payments/config";
import { catalogSummary } from "@/lib/storefront/catalog-summary";
import { paymentBadges } from "@/lib/storefront/payment-badges";
import { languageAlternates, organizationJsonLd } from "@/lib/storefront/seo";
import { trustCounts } from "@/lib/storefront/trust-counts";

export async function generateMetadata(): Promise<Metadata> {
  const [brand, locale] = await Promise.all([getBrand(), getLocale() as Promise<AppLocale>]);
  // The home page's title is the owner's SEO title (or the name) alone, not "<page> · <name>".
  return { title: { absolute: brandText(brand, "seoTitle", locale) || brand.name }, alternates: languageAlternates("/") };
}

/** The landing page a visitor from an ad arrives at: what is sold and for how much, how to pay, and how to start. */
export default async function HomePage() {
  const user = await currentUser();
  if (user) redirect(homeFor(user.role));
  const [brand, locale] = await Promise.all([getBrand(), getLocale() as Promise<AppLocale>]);
  const [t, offers, payments, counts, news, faq] = await Promise.all([
    getTranslations("storefront"),
    catalogSummary(),
    paymentConfig(),
    trustCounts({ deliveredOrders: brand.showDeliveredOrders, customers: brand.showCustomers }),
    latestAnnouncements({ limit: 3 }),
    getContentPage("faq", locale),
  ]);
  const badges = paymentBadges(payments.methods);
  return (
    <>
      <JsonLd data={organizationJsonLd(brand)} />
      <Hero name={brand.name} tagline={brandText(brand, "seoDescription", locale)} badges={badges} />
      <PlatformGrid offers={offers} />
      <HowItWorks />
      <section aria-labelledby="payments-title" className="mx-auto max-w-6xl px-4 py-12">
        <h2 id="payments-title" className="text-2xl font-bold text-slate-900">
          {t("payments.title")}
        </h2>
        <div className="mt-6">
          {badges.length ? <PaymentBadges badges={badges} /> : <p className="text-slate-600">{t("payments.none")}</p>}
        </div>
      </section>
      <TrustSection counts={counts} />
      {news.length ? (
        <section aria-labelledby="news-title" className="mx-auto max-w-6xl px-4 pb-12">
          <h2 id="news-title" className="mb-4 text-2xl font-bold text-slate-900">
            {t("announcements.title")}
          </h2>
          <div className="max-w-3xl">
            <AnnouncementList items={news} locale={locale} />
          </div>
        </section>
      ) : null}
      <FaqSection items={splitFaq(faq.body).slice(0, 5)} locale={faq.contentLocale} />
      <ContactSection links={contactLinks(brand)} hours={brandText(brand, "officeHours", locale)} />
      <section className="bg-brand-700">
        <div className="mx-auto flex max-w-6xl flex-col items-start gap-4 px-4 py-12 sm:flex-row sm:items-center sm:justify-between">
          <div>
            <h2 className="text-2xl font-bold text-white">{t("final.title")}</h2>
            <p className="mt-1 text-brand-50">{t("final.text")}</p>
          </div>
          <Link href="/register" className={buttonClass("secondary", "px-6 py-3 text-base")}>
            {t("hero.cta")}
          </Link>
        </div>
      </section>
    </>
  );
}
