import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import type { CSSProperties, ReactNode } from "react";
import { brandImageUrl, brandText, getBrand } from "@/lib/brand/brand";
import { CLIENT_MESSAGES, pickMessages } from "@/lib/i18n/client-messages";
import type { AppLocale } from "@/lib/i18n/config";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  // The locale first: it reads the request, so a build never prerenders this (the brand is in the database).
  const [t, locale] = await Promise.all([getTranslations("app"), getLocale()]);
  const brand = await getBrand();
  const seoTitle = brandText(brand, "seoTitle", locale as AppLocale);
  const favicon = brandImageUrl(brand.favicon, "favicon");
  return {
    title: { default: seoTitle || brand.name, template: `%s · ${brand.name}` },
    description: brandText(brand, "seoDescription", locale as AppLocale) || t("tagline"),
    applicationName: brand.name,
    // The uploaded favicon (a 64 px PNG), or the built-in one (public/icon.svg).
    icons: { icon: favicon ? { url: favicon, type: "image/png", sizes: "64x64" } : { url: "/icon.svg", type: "image/svg+xml" } },
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const brand = await getBrand();
  // The brand colour; app/globals.css mixes the brand-* shades from it. A style attribute, which the CSP allows.
  const style = { "--brand": brand.color } as CSSProperties;
  return (
    <html lang={locale} style={style}>
      <body className="min-h-screen">
        {/* Only what every page's client parts read; each area's layout adds its own (lib/i18n/client-messages.ts). */}
        <NextIntlClientProvider messages={pickMessages(await getMessages(), CLIENT_MESSAGES.everywhere)}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
