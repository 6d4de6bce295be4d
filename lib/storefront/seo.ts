import type { Metadata } from "next";
import type { Brand } from "@/lib/brand/brand";
import { brandImageUrl } from "@/lib/brand/brand";
import { contactLinks } from "@/lib/brand/contact-links";
import { env } from "@/lib/env";

/** The public pages search engines may list, for the sitemap and robots.txt. */
export const PUBLIC_PATHS = ["/", "/services", "/faq", "/terms", "/privacy", "/refund-policy", "/api"] as const;

/** `path` on the panel's public address (APP_URL). */
export function absoluteUrl(path: string): string {
  return new URL(path, env().APP_URL).toString();
}

/**
 * A page's canonical address and its two languages: the plain address is English and the default; ?lang=bn
 * opens it in Bengali (middleware.ts reads it), so each language has an address of its own to list.
 */
export function languageAlternates(path: string): Metadata["alternates"] {
  const bengali = `${path}${path.includes("?") ? "&" : "?"}lang=bn`;
  return { canonical: path, languages: { en: path, bn: bengali, "x-default": path } };
}

/** schema.org Organization for the landing page: the name, address, logo and ways to reach the owner. */
export function organizationJsonLd(brand: Brand): Record<string, unknown> {
  const logo = brandImageUrl(brand.logo, "logo");
  const links = contactLinks(brand);
  const sameAs = links.filter((link) => link.href.startsWith("https:")).map((link) => link.href);
  return {
    "@context": "https://schema.org",
    "@type": "Organization",
    name: brand.name,
    url: absoluteUrl("/"),
    ...(logo ? { logo: absoluteUrl(logo) } : {}),
    ...(sameAs.length ? { sameAs } : {}),
    ...(brand.supportEmail || brand.phone
      ? {
          contactPoint: {
            "@type": "ContactPoint",
            contactType: "customer support",
            ...(brand.supportEmail ? { email: brand.supportEmail } : {}),
            ...(brand.phone ? { telephone: brand.phone } : {}),
            availableLanguage: ["en", "bn"],
          },
        }
      : {}),
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so owner-written text cannot close the tag. */
export function jsonLdText(data: Record<string, unknown>): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
