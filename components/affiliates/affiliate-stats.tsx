import { getTranslations } from "next-intl/server";
import { MoneyText } from "@/components/wallet/money-text";
import type { AffiliateSummary } from "@/lib/affiliates/affiliate-summary";
import { numberFormat } from "@/lib/i18n/format-number";

/** The affiliate's figures at a glance: visits and sign-ups, then the money (BDT, exactly as kept). */
export async function AffiliateStats({ summary, locale }: { summary: AffiliateSummary; locale: string }) {
  const t = await getTranslations("affiliates.stats");
  const count = numberFormat(locale, 0);
  const figures: { key: string; value: React.ReactNode }[] = [
    { key: "visits", value: count.format(summary.visits) },
    { key: "signUps", value: count.format(summary.signUps) },
    { key: "earned", value: <MoneyText amount={summary.earned} locale={locale} /> },
    { key: "reversed", value: <MoneyText amount={summary.reversed} locale={locale} /> },
    { key: "paidOut", value: <MoneyText amount={summary.paidOut} locale={locale} /> },
    { key: "pending", value: <MoneyText amount={summary.pending} locale={locale} /> },
    { key: "available", value: <MoneyText amount={summary.available} locale={locale} /> },
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
      {figures.map(({ key, value }) => (
        <div key={key} className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm" data-testid={`affiliate-${key}`}>
          <dt className="text-xs text-slate-500">{t(key)}</dt>
          <dd className="mt-1 text-lg font-semibold [overflow-wrap:anywhere] text-slate-900 tabular-nums">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
