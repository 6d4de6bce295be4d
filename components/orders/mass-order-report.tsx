"use client";

import { useTranslations } from "next-intl";
import { Notice } from "@/components/ui/notice";
import type { createMassOrders } from "@/lib/orders/create-mass-orders";
import type { DisplayPrefs } from "@/lib/users/display-prefs";
import { displayAmount } from "./display-amount";
import type { Translator } from "@/components/forms/failure-text";
import { numberFormat } from "@/lib/i18n/format-number";
import { localDigits } from "@/lib/i18n/local-digits";
import { localProblemText } from "./local-digits";

export type MassReport = Awaited<ReturnType<typeof createMassOrders>>;

/** Line by line: the order id and charge, or why the line was refused; then the totals. */
export function MassOrderReport({ report, prefs, locale }: { report: MassReport; prefs: DisplayPrefs; locale: string }) {
  const t = useTranslations();
  const translate = t as unknown as Translator;
  const digits = numberFormat(locale);
  const summary = [
    t("orders.mass.created", { count: report.created }),
    report.failed > 0 ? t("orders.mass.failed", { count: report.failed }) : null,
    t("orders.mass.total", { total: displayAmount(report.totalCost, prefs, locale) }),
  ]
    .filter(Boolean)
    .join(" · ");
  return (
    <section className="space-y-3" data-testid="mass-report">
      <h2 className="text-base font-semibold text-slate-900">{t("orders.mass.report")}</h2>
      <Notice tone={report.failed === 0 ? "success" : report.created === 0 ? "error" : "info"}>{summary}</Notice>
      <table className="w-full text-sm max-sm:block">
        <thead className="border-b border-slate-200 text-left text-xs text-slate-500 uppercase max-sm:sr-only">
          <tr>
            <th scope="col" className="w-14 py-2 pr-3 font-medium">
              {t("orders.mass.line")}
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              {t("orders.mass.entry")}
            </th>
            <th scope="col" className="py-2 font-medium">
              {t("orders.mass.result")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top max-sm:block">
          {report.results.map((line) => (
            <tr
              key={line.line}
              data-line={line.line}
              data-ok={line.ok}
              className="max-sm:grid max-sm:grid-cols-[2.5rem_minmax(0,1fr)] max-sm:gap-x-2 max-sm:py-2"
            >
              <td className="py-2 pr-3 text-slate-500 tabular-nums max-sm:row-span-2 max-sm:py-0">{digits.format(line.line)}</td>
              <td className="max-w-md truncate py-2 pr-4 font-mono text-xs max-sm:max-w-none max-sm:py-0" title={line.text} data-user-text>
                {line.text}
              </td>
              <td className={line.ok ? "py-2 text-emerald-700 max-sm:py-0" : "py-2 text-red-700 first-letter:uppercase max-sm:py-0"}>
                {line.ok
                  ? t("orders.mass.ok", {
                      id: localDigits(String(line.orderId), locale),
                      charge: displayAmount(line.charge, prefs, locale),
                    })
                  : localProblemText(line.error, translate, locale)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
