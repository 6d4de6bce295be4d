import { cache } from "react";
import type { AppLocale } from "@/lib/i18n/config";
import { getSettings } from "@/lib/settings/settings";
import type { BrandImage, BrandProfile } from "./schemas";
export type { BrandImage, BrandProfile };
export { brandImageUrl } from "./image-url";

export type Brand = BrandProfile & { logo: BrandImage; favicon: BrandImage };

/** The panel's brand as the owner set it (defaults where not), read once per request. */
export const getBrand = cache(async (): Promise<Brand> => {
  const [profile, logo, favicon] = await getSettings("brand.profile", "brand.logo", "brand.favicon");
  return { ...profile, logo, favicon };
});

/** The brand's text in the reader's language; a Bengali reader sees the English when no Bengali was written. */
export function brandText(brand: Brand, field: "officeHours" | "footer" | "seoTitle" | "seoDescription", locale: AppLocale): string {
  const english = brand[`${field}En`];
  return locale === "bn" ? brand[`${field}Bn`] || english : english;
}
