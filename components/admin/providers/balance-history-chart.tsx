"use client";

import { useLocale, useTranslations } from "next-intl";
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { dayFormat, intlLocale, numberFormat, readingTimeFormat } from "./health-format";

export type BalanceHistoryPoint = { at: string; balance: string; currency: string };

/**
 * The last 14 days of a provider's balance readings: a line chart sized by its container (readable
 * at 390 px: few ticks, short dates) and, for screen readers and anyone who wants the figures, the
 * same readings as a table in a <details>. The chart itself is one labelled image.
 */
export function BalanceHistoryChart({ providerName, points }: { providerName: string; points: BalanceHistoryPoint[] }) {
  const t = useTranslations("providerHealth.history");
  const locale = useLocale();
  if (points.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  const numbers = numberFormat(locale);
  const compact = new Intl.NumberFormat(intlLocale(locale), { notation: "compact", maximumFractionDigits: 1 });
  const days = dayFormat(locale);
  const times = readingTimeFormat(locale);
  const data = points.map((point) => ({ time: new Date(point.at).getTime(), balance: Number(point.balance) }));
  const currency = points[points.length - 1].currency;
  return (
    <div className="space-y-3">
      <div role="img" aria-label={t("chartLabel", { name: providerName })} className="h-56 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid stroke="#e2e8f0" vertical={false} />
            <XAxis
              dataKey="time"
              type="number"
              scale="time"
              domain={["dataMin", "dataMax"]}
              tickCount={4}
              tickFormatter={(value: number) => days.format(value)}
              tick={{ fontSize: 12, fill: "#64748b" }}
              minTickGap={24}
            />
            <YAxis
              width={48}
              tickCount={4}
              tickFormatter={(value: number) => compact.format(value)}
              tick={{ fontSize: 12, fill: "#64748b" }}
            />
            <Tooltip
              labelFormatter={(value) => times.format(Number(value))}
              formatter={(value) => [`${numbers.format(Number(value))} ${currency}`, t("balance")]}
            />
            <Line type="monotone" dataKey="balance" stroke="#2563eb" strokeWidth={2} dot={data.length < 30} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer text-brand-700">{t("tableSummary")}</summary>
        <div className="mt-2 max-h-64 overflow-auto">
          <table className="w-full text-left" data-testid="balance-history-table">
            <caption className="sr-only">{t("tableCaption", { name: providerName })}</caption>
            <thead>
              <tr className="text-slate-500">
                <th scope="col" className="py-1 pr-4 font-medium">
                  {t("checkedAt")}
                </th>
                <th scope="col" className="py-1 text-right font-medium">
                  {t("balance")}
                </th>
              </tr>
            </thead>
            <tbody>
              {points.map((point) => (
                <tr key={point.at} className="border-t border-slate-100">
                  <td className="py-1 pr-4">{times.format(new Date(point.at))}</td>
                  <td className="py-1 text-right tabular-nums">{`${numbers.format(Number(point.balance))} ${point.currency}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
