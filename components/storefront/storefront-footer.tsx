import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { brandText, type Brand } from "@/lib/brand/brand";
import { contactLinks } from "@/lib/brand/contact-links";
import type { AppLocale } from "@/lib/i18n/config";
import { localDigits } from "@/lib/i18n/local-digits";

/** The visitor's footer: what the panel is, how to reach it, and its pages and policies. */
export async function StorefrontFooter({ brand }: { brand: Brand }) {
  const [t, nav, contact, locale] = await Promise.all([
    getTranslations("storefront.footer"),
    getTranslations("storefront.nav"),
    getTranslations("storefront.contact"),
    getLocale(),
  ]);
  const footer = brandText(brand, "footer", locale as AppLocale);
  const hours = brandText(brand, "officeHours", locale as AppLocale);
  const links = contactLinks(brand);
  const linkClass = "text-slate-300 hover:text-white hover:underline";
  return (
    <footer className="bg-slate-900 text-sm text-slate-300">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 sm:grid-cols-2 lg:grid-cols-4">
        <div className="space-y-2 lg:col-span-2">
          <p className="text-base font-semibold text-white" data-user-text>
            {brand.name}
          </p>
          {footer ? (
            <p className="max-w-md whitespace-pre-line" data-user-text>
              {footer}
            </p>
          ) : null}
          {hours ? (
            <p>
              {contact("hoursLabel")} <span data-user-text>{hours}</span>
            </p>
          ) : null}
          {links.length ? (
            <ul className="flex flex-wrap gap-x-4 gap-y-1 pt-1">
              {links.map((link) => (
                <li key={link.kind}>
                  <a href={link.href} className={linkClass} rel="noopener" target={link.href.startsWith("https:") ? "_blank" : undefined}>
                    {contact(link.kind)}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
        <nav aria-label={t("pages")} className="space-y-2">
          <p className="font-semibold text-white">{t("pages")}</p>
          <ul className="space-y-1">
            <li>
              <Link href="/services" className={linkClass}>
                {nav("services")}
              </Link>
            </li>
            <li>
              <Link href="/faq" className={linkClass}>
                {nav("faq")}
              </Link>
            </li>
            <li>
              <Link href="/register" className={linkClass}>
                {nav("signUp")}
              </Link>
            </li>
          </ul>
        </nav>
        <nav aria-label={t("legal")} className="space-y-2">
          <p className="font-semibold text-white">{t("legal")}</p>
          <ul className="space-y-1">
            <li>
              <Link href="/terms" className={linkClass}>
                {t("terms")}
              </Link>
            </li>
            <li>
              <Link href="/privacy" className={linkClass}>
                {t("privacy")}
              </Link>
            </li>
            <li>
              <Link href="/refund-policy" className={linkClass}>
                {t("refund")}
              </Link>
            </li>
          </ul>
        </nav>
      </div>
      <p className="border-t border-slate-800 px-4 py-4 text-center text-xs text-slate-400">
        © {localDigits(String(new Date().getFullYear()), locale)} <span data-user-text>{brand.name}</span>
      </p>
    </footer>
  );
}
