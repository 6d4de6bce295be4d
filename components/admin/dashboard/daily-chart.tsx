"use client";

import { useLocale, useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatAmount, intlLocale, numberFormat } from "@/lib/i18n/format-number";

export type DailyPoint = { day: string; orders: number; revenue: string; profit: string };

const TICK = { fontSize: 12, fill: "#64748b" };

/**
 * Revenue and profit (bars and a line) or orders per day, sized by its container with few ticks so it
 * reads at 390 px. The chart is one labelled image; the exact figures are in the table below it, for
 * screen readers and for anyone who wants them. Amounts become numbers only to be drawn.
 */
export function DailyChart({ kind, title, points }: { kind: "money" | "orders"; title: string; points: DailyPoint[] }) {
  const t = useTranslations("ownerConsole.dashboard");
  const locale = useLocale();
  const dayLabel = new Intl.DateTimeFormat(intlLocale(locale), { day: "numeric", month: "short", timeZone: "UTC" });
  const compact = new Intl.NumberFormat(intlLocale(locale), { notation: "compact", maximumFractionDigits: 1 });
  const counts = numberFormat(locale, 0);
  const data = points.map((point) => ({
    day: point.day,
    orders: point.orders,
    revenue: Number(point.revenue),
    profit: Number(point.profit),
  }));
  const label = (day: string) => dayLabel.format(new Date(`${day}T00:00:00Z`));
  const axes = (
    <>
      <CartesianGrid stroke="#e2e8f0" vertical={false} />
      <XAxis dataKey="day" tickFormatter={label} tick={TICK} minTickGap={24} />
      <YAxis
        width={44}
        tickCount={4}
        allowDecimals={kind === "money"}
        tickFormatter={(value: number) => compact.format(value)}
        tick={TICK}
      />
    </>
  );
  const first = points[0]?.day ?? "";
  const last = points[points.length - 1]?.day ?? "";
  return (
    <div className="space-y-3">
      <div role="img" aria-label={t("chartLabel", { title, from: label(first), to: label(last) })} className="h-60 w-full">
        <ResponsiveContainer width="100%" height="100%">
          {kind === "money" ? (
            <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
              {axes}
              <Tooltip
                labelFormatter={(day) => label(String(day))}
                formatter={(value, name) => [formatAmount(String(value), locale), name === "revenue" ? t("revenue") : t("profit")]}
              />
              <Legend formatter={(name) => (name === "revenue" ? t("revenue") : t("profit"))} wrapperStyle={{ fontSize: 12 }} />
              <Bar dataKey="revenue" fill="#93c5fd" isAnimationActive={false} />
              <Line type="monotone" dataKey="profit" stroke="#047857" strokeWidth={2} dot={data.length <= 31} isAnimationActive={false} />
            </ComposedChart>
          ) : (
            <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
              {axes}
              <Tooltip labelFormatter={(day) => label(String(day))} formatter={(value) => [counts.format(Number(value)), t("orders")]} />
              <Bar dataKey="orders" fill="#2563eb" isAnimationActive={false} />
            </BarChart>
          )}
        </ResponsiveContainer>
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer text-brand-700">{t("chartTable")}</summary>
        <div className="mt-2 max-h-64 overflow-auto">
          <table className="w-full text-left">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr className="text-slate-500">
                <th scope="col" className="py-1 pr-4 font-medium">
                  {t("day")}
                </th>
                {kind === "money" ? (
                  <>
                    <th scope="col" className="py-1 pr-4 text-right font-medium">
                      {t("revenue")}
                    </th>
                    <th scope="col" className="py-1 text-right font-medium">
                      {t("profit")}
                    </th>
                  </>
                ) : (
                  <th scope="col" className="py-1 text-right font-medium">
                    {t("orders")}
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {points.map((point) => (
                <tr key={point.day} className="border-t border-slate-100">
                  <td className="py-1 pr-4">{label(point.day)}</td>
                  {kind === "money" ? (
                    <>
                      <td className="py-1 pr-4 text-right tabular-nums">{formatAmount(point.revenue, locale)}</td>
                      <td className="py-1 text-right tabular-nums">{formatAmount(point.profit, locale)}</td>
                    </>
                  ) : (
                    <td className="py-1 text-right tabular-nums">{counts.format(point.orders)}</td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
