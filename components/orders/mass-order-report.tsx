"use client";

import { useTranslations } from "next-intl";
import { Notice } from "@/components/ui/notice";
import type { createMassOrders } from "@/lib/orders/create-mass-orders";
import type { DisplayPrefs } from "@/lib/users/display-prefs";
import { displayAmount } from "./display-amount";
import { problemText } from "@/components/forms/failure-text";

export type MassReport = Awaited<ReturnType<typeof createMassOrders>>;

/** Line by line: the order id and charge, or why the line was refused; then the totals. */
export function MassOrderReport({ report, prefs, locale }: { report: MassReport; prefs: DisplayPrefs; locale: string }) {
  const t = useTranslations();
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
      <div className="overflow-x-auto">
        <table className="min-w-full text-sm">
          <thead className="border-b border-slate-200 text-left text-xs text-slate-500 uppercase">
            <tr>
              <th className="py-2 pr-4 font-medium">{t("orders.mass.line")}</th>
              <th className="py-2 pr-4 font-medium">{t("orders.mass.entry")}</th>
              <th className="py-2 font-medium">{t("orders.mass.result")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 align-top">
            {report.results.map((line) => (
              <tr key={line.line} data-line={line.line} data-ok={line.ok}>
                <td className="py-2 pr-4 text-slate-500 tabular-nums">{line.line}</td>
                <td className="max-w-md truncate py-2 pr-4 font-mono text-xs" title={line.text}>
                  {line.text}
                </td>
                <td className={line.ok ? "py-2 text-emerald-700" : "py-2 text-red-700"}>
                  {line.ok
                    ? t("orders.mass.ok", { id: String(line.orderId), charge: displayAmount(line.charge, prefs, locale) })
                    : problemText(line.error, t)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
