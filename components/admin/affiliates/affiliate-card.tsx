import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { affiliateProfileForAdmin } from "@/lib/affiliates/affiliate-profile-for-admin";
import { formatAmount, numberFormat } from "@/lib/i18n/format-number";
import { AffiliatePercentForm } from "./affiliate-percent-form";

/** On a customer's admin page: their affiliate figures, who referred them, and their own commission percent. */
export async function AffiliateCard({ userId, locale }: { userId: string; locale: string }) {
  const [t, profile] = await Promise.all([getTranslations("affiliatesAdmin.percent"), affiliateProfileForAdmin(userId)]);
  const numbers = numberFormat(locale, 3);
  const percent = (value: string) => numbers.format(Number(value));
  return (
    <Card title={t("title")}>
      <div className="mb-3 space-y-1 text-sm text-slate-600">
        <p>
          {t("lead", { percent: percent(profile.settingPercent) })}{" "}
          <span data-testid="affiliate-percent-now">
            {profile.percent !== null
              ? t("current", { percent: percent(profile.percent) })
              : t("panelRate", { percent: percent(profile.settingPercent) })}
          </span>
        </p>
        <p>
          {t("figures", {
            balance: formatAmount(profile.balance, locale),
            visits: numbers.format(profile.visits),
            signUps: numbers.format(profile.signUps),
          })}
        </p>
        {profile.referredBy ? (
          <p>
            {t("referredBy")}:{" "}
            <Link href={`/admin/users/${profile.referredBy.id}`} className="text-brand-700 hover:underline" data-user-text>
              {profile.referredBy.email}
            </Link>
          </p>
        ) : null}
      </div>
      <AffiliatePercentForm userId={userId} percent={profile.percent} />
    </Card>
  );
}
