import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ActingBanner } from "@/components/acting/acting-banner";
import { AreaProviders } from "@/components/area-providers";
import { StorefrontFooter } from "@/components/storefront/storefront-footer";
import { StorefrontHeader } from "@/components/storefront/storefront-header";
import { brandImageUrl, brandText, getBrand } from "@/lib/brand/brand";
import { currentUser } from "@/lib/auth/current-user";
import { env } from "@/lib/env";
import type { AppLocale } from "@/lib/i18n/config";

/** Sharing cards for every public page: the owner's SEO title and description, and the logo. */
export async function generateMetadata(): Promise<Metadata> {
  const [brand, locale, t] = await Promise.all([getBrand(), getLocale() as Promise<AppLocale>, getTranslations("storefront.hero")]);
  const title = brandText(brand, "seoTitle", locale) || brand.name;
  const description = brandText(brand, "seoDescription", locale) || t("lead");
  const logo = brandImageUrl(brand.logo, "logo");
  return {
    metadataBase: new URL(env().APP_URL),
    description,
    openGraph: {
      type: "website",
      siteName: brand.name,
      title,
      description,
      locale: locale === "bn" ? "bn_BD" : "en_US",
      alternateLocale: locale === "bn" ? "en_US" : "bn_BD",
      ...(logo ? { images: [{ url: logo }] } : {}),
    },
    twitter: { card: "summary", title, description },
  };
}

/** The public pages (landing, services, policies, FAQ): the visitor's header and footer around them. */
export default async function StorefrontLayout({ children }: { children: ReactNode }) {
  const [brand, user] = await Promise.all([getBrand(), currentUser()]);
  return (
    <AreaProviders area="storefront">
      <div className="flex min-h-screen flex-col bg-white">
        <ActingBanner user={user} />
        <StorefrontHeader brand={brand} />
        <main id="main" className="flex-1">
          {children}
        </main>
        <StorefrontFooter brand={brand} />
      </div>
    </AreaProviders>
  );
}
