import { formatAmount, numberFormat } from "@/lib/i18n/format-number";
import type { DepositFigures } from "@/lib/reports/period-figures";

/** Deposits credited in the range per way of paying, and what went back to the gateway. */
export function DepositBreakdown({
  deposits,
  locale,
  text,
}: {
  deposits: DepositFigures;
  locale: string;
  text: { method: (method: string) => string; empty: string; reversed: string };
}) {
  const counts = numberFormat(locale, 0);
  if (deposits.count === 0 && deposits.reversedCount === 0) return <p className="text-sm text-slate-600">{text.empty}</p>;
  return (
    <div className="space-y-3 text-sm" data-testid="deposits-by-method">
      <ul className="divide-y divide-slate-100">
        {deposits.byMethod.map((row) => (
          <li key={row.method} className="flex items-center justify-between gap-2 py-2">
            <span className="text-slate-700">
              {text.method(row.method)} <span className="text-slate-500">({counts.format(row.count)})</span>
            </span>
            <span className="font-semibold text-slate-900 tabular-nums">{formatAmount(row.amount, locale)}</span>
          </li>
        ))}
      </ul>
      {deposits.reversedCount > 0 ? <p className="text-slate-600">{text.reversed}</p> : null}
    </div>
  );
}
