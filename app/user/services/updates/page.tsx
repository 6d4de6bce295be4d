import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, PageTitle } from "@/components/ui/card";
import { PriceText } from "@/components/wallet/price-text";
import { pageUser } from "@/lib/auth/current-user";
import { listServiceUpdates } from "@/lib/catalog/list-active-services";
import { dateTimeFormat } from "@/lib/i18n/format-date";
import { localDigits } from "@/lib/i18n/local-digits";
import { displayPrefs } from "@/lib/users/display-prefs";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("services"))("updatesTitle") };
}

export default async function ServiceUpdatesPage() {
  const user = await pageUser();
  const [t, locale, updates, prefs] = await Promise.all([
    getTranslations("services"),
    getLocale(),
    listServiceUpdates(100),
    displayPrefs(user.id),
  ]);
  const dates = dateTimeFormat(locale);
  return (
    <div className="space-y-6">
      <Link href="/user/services" className="text-sm text-brand-700 hover:underline">
        ← {t("title")}
      </Link>
      <PageTitle subtitle={t("updatesSubtitle")}>{t("updatesTitle")}</PageTitle>
      <Card>
        {updates.length === 0 ? <p className="text-sm text-slate-500">{t("noUpdates")}</p> : null}
        <ul className="divide-y divide-slate-100">
          {updates.map((update) => (
            <li key={update.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2 text-sm">
              <span>
                <span className="text-slate-500">#{localDigits(String(update.serviceId), locale)}</span>{" "}
                <span data-user-text>{update.serviceName}</span> — {t(`changeKinds.${update.kind}`)}
                {update.kind === "rate" && update.before.rate && update.after.rate ? (
                  <>
                    {": "}
                    <PriceText amountBdt={update.before.rate} prefs={prefs} locale={locale} /> →{" "}
                    <PriceText amountBdt={update.after.rate} prefs={prefs} locale={locale} />
                  </>
                ) : null}
                {update.kind === "limits" && update.after.min !== undefined ? `: ${update.after.min}–${update.after.max}` : null}
                {update.priceRise ? (
                  <span className="ml-2">
                    <Badge tone="amber">{t("priceRise")}</Badge>
                  </span>
                ) : null}
              </span>
              <time className="text-slate-500">{dates.format(update.createdAt)}</time>
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
