import { env } from "@/lib/env";
import type { AppLocale } from "@/lib/i18n/config";
import type { MailBrand } from "@/lib/notifications/templates/mail-layout";
import { brandImageUrl, brandText, getBrand, type Brand } from "./brand";

/**
 * The brand as an e-mail in `locale` shows it: the logo as an absolute URL on APP_URL, the footer in that
 * language. A sender of many mails passes the brand it read once.
 */
export async function mailBrand(locale: string, brand?: Brand): Promise<MailBrand> {
  brand ??= await getBrand();
  const logo = brandImageUrl(brand.logo, "logo");
  return {
    name: brand.name,
    logoUrl: logo ? new URL(logo, env().APP_URL).toString() : null,
    footer: brandText(brand, "footer", (locale === "bn" ? "bn" : "en") satisfies AppLocale),
    supportEmail: brand.supportEmail,
  };
}
