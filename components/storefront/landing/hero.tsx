import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import type { PaymentBadge } from "@/lib/storefront/payment-badges";
import { PaymentBadges } from "./payment-badges";

/** What the panel is, in one line, with the two ways on: sign up, or look at the prices first. */
export async function Hero({ name, tagline, badges }: { name: string; tagline: string; badges: PaymentBadge[] }) {
  const t = await getTranslations("storefront.hero");
  return (
    <section className="bg-gradient-to-b from-brand-50 to-white">
      <div className="mx-auto max-w-6xl px-4 py-12 sm:py-20">
        <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase" data-user-text>
          {name}
        </p>
        <h1 className="mt-2 max-w-3xl text-3xl font-bold tracking-tight text-slate-900 sm:text-5xl">{t("title")}</h1>
        <p className="mt-4 max-w-2xl text-base text-slate-600 sm:text-lg">{tagline || t("lead")}</p>
        <div className="mt-8 flex flex-col gap-3 sm:flex-row">
          <Link href="/register" className={buttonClass("primary", "px-6 py-3 text-base")}>
            {t("cta")}
          </Link>
          <Link href="/services" className={buttonClass("secondary", "px-6 py-3 text-base")}>
            {t("browse")}
          </Link>
        </div>
        {badges.length ? (
          <div className="mt-8 flex flex-wrap items-center gap-2 text-sm text-slate-600">
            <span>{t("payWith")}:</span>
            <PaymentBadges badges={badges} />
          </div>
        ) : null}
      </div>
    </section>
  );
}
