import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { PriceText } from "@/components/wallet/price-text";
import { numberFormat } from "@/lib/i18n/format-number";
import type { DisplayPrefs } from "@/lib/users/display-prefs";
import { dashboardSummary } from "./dashboard-data";

/** What this month's orders cost after refunds (the month as the panel counts it). */
export async function SpentCard({ userId, prefs, locale }: { userId: string; prefs: DisplayPrefs; locale: string }) {
  const [t, summary] = await Promise.all([getTranslations("customerPages.dashboard"), dashboardSummary(userId)]);
  const count = summary.ordersThisMonth;
  return (
    <Card>
      <p className="text-sm text-slate-600">{t("spent")}</p>
      <p className="mt-1 text-3xl font-semibold break-words text-slate-900" data-testid="spent-this-month">
        <PriceText amountBdt={summary.spentThisMonth} prefs={prefs} locale={locale} />
      </p>
      <p className="mt-2 text-sm text-slate-500" data-testid="orders-this-month">
        {t("spentHint", { count, countText: numberFormat(locale, 0).format(count) })}
      </p>
    </Card>
  );
}
