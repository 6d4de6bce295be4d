import { cache } from "react";
import type { AppLocale } from "@/lib/i18n/config";
import { getSetting } from "@/lib/settings/settings";
import type { BrandImage, BrandProfile } from "./schemas";

export type Brand = BrandProfile & { logo: BrandImage; favicon: BrandImage };

/** The panel's brand as the owner set it (defaults where not), read once per request. */
export const getBrand = cache(async (): Promise<Brand> => {
  const [profile, logo, favicon] = await Promise.all([getSetting("brand.profile"), getSetting("brand.logo"), getSetting("brand.favicon")]);
  return { ...profile, logo, favicon };
});

/** The brand's text in the reader's language; a Bengali reader sees the English when no Bengali was written. */
export function brandText(brand: Brand, field: "officeHours" | "footer" | "seoTitle" | "seoDescription", locale: AppLocale): string {
  const english = brand[`${field}En`];
  return locale === "bn" ? brand[`${field}Bn`] || english : english;
}

/** Public URLs of the uploaded images (the version busts caches when one is replaced); null = built-in. */
export function brandImageUrl(image: BrandImage, which: "logo" | "favicon"): string | null {
  return image ? `/brand/${which}?v=${encodeURIComponent(image.version)}` : null;
}
