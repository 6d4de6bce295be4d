import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { AffiliateStats } from "@/components/affiliates/affiliate-stats";
import { CommissionsTable } from "@/components/affiliates/commissions-table";
import { PayoutForm } from "@/components/affiliates/payout-form";
import { PayoutsTable } from "@/components/affiliates/payouts-table";
import { ReferralLink } from "@/components/affiliates/referral-link";
import { Card, PageTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { AFFILIATE_LIST_SIZE, affiliateSummary } from "@/lib/affiliates/affiliate-summary";
import { ensureReferralCode } from "@/lib/affiliates/referral-code";
import { pageUser } from "@/lib/auth/current-user";
import { env } from "@/lib/env";
import { numberFormat } from "@/lib/i18n/format-number";
import { getSetting } from "@/lib/settings/settings";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("affiliates"))("title") };
}

export default async function AffiliatesPage() {
  const user = await pageUser();
  // The code is made the first time its owner opens this page; an admin viewing as the customer changes nothing.
  if (!user.actingAdmin) await ensureReferralCode(user.id);
  const [t, locale, summary, cookieDays] = await Promise.all([
    getTranslations("affiliates"),
    getLocale(),
    affiliateSummary(user.id),
    getSetting("affiliates.cookieDays"),
  ]);
  const numbers = numberFormat(locale, 3);
  const percent = numbers.format(Number(summary.percent));
  const link = summary.code ? `${env().APP_URL.replace(/\/$/, "")}/r/${summary.code}` : null;
  return (
    <div className="max-w-5xl space-y-6">
      <PageTitle subtitle={t("subtitle", { percent })}>{t("title")}</PageTitle>
      <Card title={t("link.title")}>
        <ReferralLink link={link} hint={t("link.hint", { days: numbers.format(cookieDays) })} />
      </Card>
      <AffiliateStats summary={summary} locale={locale} />
      <p className="text-sm text-slate-600">{t("rules", { percent })}</p>
      <Card title={t("form.title")}>
        <PayoutForm available={summary.available} minPayout={summary.minPayout} />
      </Card>
      <Card title={t("commissions.title")}>
        <CommissionsTable rows={summary.commissions} locale={locale} empty={<EmptyState text={t("commissions.empty")} />} />
        {summary.commissions.length === AFFILIATE_LIST_SIZE ? (
          <p className="mt-3 text-xs text-slate-500">{t("commissions.latest", { count: numbers.format(AFFILIATE_LIST_SIZE) })}</p>
        ) : null}
      </Card>
      <Card title={t("payouts.title")}>
        <PayoutsTable rows={summary.payouts} locale={locale} empty={<EmptyState text={t("payouts.empty")} />} />
      </Card>
    </div>
  );
}
