import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { buttonClass } from "@/components/ui/button";
import { currentUser } from "@/lib/auth/current-user";
import { homeFor } from "@/lib/auth/safe-redirect";
import type { Brand } from "@/lib/brand/brand";
import { StorefrontBrand } from "./storefront-brand";

/** The visitor's header: the brand, the public pages, the language, and sign in / sign up (or the dashboard). */
export async function StorefrontHeader({ brand }: { brand: Brand }) {
  const [t, user] = await Promise.all([getTranslations("storefront.nav"), currentUser()]);
  return (
    <header className="border-b border-slate-200 bg-white">
      {/* One row from sm up; on a phone the brand and the language, then the pages and the account buttons. */}
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <div className="min-w-0 flex-1 sm:flex-none">
          <StorefrontBrand brand={brand} />
        </div>
        <div className="order-2 sm:order-3 sm:ml-auto">
          <LanguageSwitch />
        </div>
        <div aria-hidden="true" className="order-2 h-0 basis-full sm:hidden" />
        <nav aria-label={t("main")} className="order-3 flex flex-1 gap-4 text-sm font-medium text-slate-700 sm:order-2 sm:flex-none">
          <Link href="/services" className="py-2 hover:text-brand-700">
            {t("services")}
          </Link>
          <Link href="/faq" className="py-2 hover:text-brand-700">
            {t("faq")}
          </Link>
        </nav>
        <div className="order-4 flex items-center gap-2">
          {user ? (
            <Link href={homeFor(user.role)} className={buttonClass("primary", "px-3")}>
              {t("dashboard")}
            </Link>
          ) : (
            <>
              <Link href="/login" className={buttonClass("ghost", "px-3")}>
                {t("signIn")}
              </Link>
              <Link href="/register" className={buttonClass("primary", "px-3")}>
                {t("signUp")}
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
