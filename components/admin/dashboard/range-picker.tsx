import clsx from "clsx";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import type { DayRange, RangePreset } from "@/lib/reports/date-range";

const PRESETS: Exclude<RangePreset, "custom">[] = ["today", "7d", "30d", "month"];

/**
 * The range as links (one per preset) and a small GET form for custom days, so switching needs no
 * script; `keep` carries the page's other parameters (a report's grouping and sort).
 */
export async function RangePicker({
  path,
  preset,
  range,
  keep = {},
  error,
}: {
  path: string;
  preset: RangePreset;
  range: DayRange;
  keep?: Record<string, string>;
  error?: { field: "from" | "to"; text: string } | null;
}) {
  const t = await getTranslations("ownerConsole.range");
  const href = (value: string) => `${path}?${new URLSearchParams({ ...keep, range: value }).toString()}`;
  return (
    <div className="flex flex-col gap-3 lg:flex-row lg:items-end lg:justify-between" data-testid="range-picker">
      <nav aria-label={t("label")} className="flex flex-wrap gap-1">
        {PRESETS.map((value) => (
          <Link
            key={value}
            href={href(value)}
            aria-current={preset === value ? "true" : undefined}
            className={clsx(
              "rounded-md px-3 py-1.5 text-sm font-medium",
              preset === value ? "bg-brand-600 text-white" : "bg-white text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50",
            )}
          >
            {t(value)}
          </Link>
        ))}
      </nav>
      <form method="get" action={path} className="flex flex-wrap items-end gap-2" aria-label={t("custom")}>
        {Object.entries(keep).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <input type="hidden" name="range" value="custom" />
        {(["from", "to"] as const).map((field) => (
          <label key={field} className="flex flex-col text-xs font-medium text-slate-600">
            {t(field)}
            <input
              type="date"
              name={field}
              defaultValue={range[field]}
              aria-invalid={error?.field === field ? true : undefined}
              aria-describedby={error?.field === field ? "range-error" : undefined}
              className={clsx(
                "mt-1 rounded-md border px-2 py-1.5 text-sm text-slate-900",
                error?.field === field ? "border-red-500" : "border-slate-300",
              )}
            />
          </label>
        ))}
        <button type="submit" className={buttonClass(preset === "custom" ? "primary" : "secondary", "py-1.5")}>
          {t("apply")}
        </button>
        {error ? (
          <p id="range-error" role="alert" className="w-full text-sm text-red-700">
            {error.text}
          </p>
        ) : null}
      </form>
    </div>
  );
}
