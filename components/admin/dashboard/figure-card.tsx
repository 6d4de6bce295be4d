import clsx from "clsx";
import type { ReactNode } from "react";
import type { Change } from "./compare";

/** One figure of the range, with how it moved against the previous range and what it was then. */
export function FigureCard({
  label,
  value,
  detail,
  change,
  changeText,
  previousText,
  testId,
}: {
  label: string;
  value: ReactNode;
  detail?: ReactNode;
  change?: Change;
  changeText?: string;
  previousText?: string;
  testId?: string;
}) {
  return (
    <div className="min-w-0 rounded-lg border border-slate-200 bg-white p-3 shadow-sm sm:p-4" data-testid={testId}>
      <p className="text-sm text-slate-600">{label}</p>
      <p className="mt-1 truncate text-lg font-semibold text-slate-900 tabular-nums sm:text-2xl">{value}</p>
      {detail ? <p className="mt-0.5 text-sm text-slate-600">{detail}</p> : null}
      {changeText ? (
        <p
          className={clsx(
            "mt-2 text-xs font-medium",
            change?.key === "up" ? "text-emerald-700" : change?.key === "down" ? "text-red-700" : "text-slate-500",
          )}
        >
          {change?.key === "up" ? "▲ " : change?.key === "down" ? "▼ " : ""}
          {changeText}
        </p>
      ) : null}
      {previousText ? <p className="text-xs text-slate-500">{previousText}</p> : null}
    </div>
  );
}
