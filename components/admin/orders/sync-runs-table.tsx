import { useTranslations } from "next-intl";
import { dateTimeFormat } from "@/lib/i18n/format-date";
import type { listSyncRuns } from "@/lib/orders/admin/list-sync-runs";

type Run = Awaited<ReturnType<typeof listSyncRuns>>[number];
const NUMBERS = ["checked", "changed", "refunded", "providerCalls"] as const;

/** Recent sync passes: when, what started them, and what they did. */
export function SyncRunsTable({ runs, locale }: { runs: Run[]; locale: string }) {
  const t = useTranslations("ordersAdmin.sync");
  const dates = dateTimeFormat(locale, true);
  if (runs.length === 0) return <p className="text-sm text-slate-500">{t("noRuns")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm" data-testid="sync-runs">
        <thead className="border-b border-slate-200 text-left text-xs text-slate-500 uppercase">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">
              {t("time")}
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              {t("trigger")}
            </th>
            {NUMBERS.map((column) => (
              <th key={column} scope="col" className="py-2 pr-4 text-right font-medium">
                {t(column)}
              </th>
            ))}
            <th scope="col" className="py-2 pr-4 font-medium">
              {t("errors")}
            </th>
            <th scope="col" className="py-2 text-right font-medium">
              {t("duration")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {runs.map((run) => (
            <tr key={run.id}>
              <td className="py-2 pr-4 whitespace-nowrap text-slate-600">{dates.format(run.createdAt)}</td>
              <td className="py-2 pr-4">
                {run.trigger === "admin" || run.trigger === "cron" ? t(`triggers.${run.trigger}`) : run.trigger}
              </td>
              {NUMBERS.map((column) => (
                <td key={column} className="py-2 pr-4 text-right tabular-nums">
                  {run[column]}
                </td>
              ))}
              <td className="py-2 pr-4 text-xs">
                {run.errors.length === 0 ? (
                  <span className="text-slate-400">—</span>
                ) : (
                  <ul className="space-y-0.5 text-red-700">
                    {run.errors.slice(0, 5).map((error, index) => (
                      <li key={index}>{error.message ?? JSON.stringify(error)}</li>
                    ))}
                  </ul>
                )}
              </td>
              <td className="py-2 text-right tabular-nums">{t("ms", { ms: run.durationMs })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
