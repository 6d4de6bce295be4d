import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { RangePicker } from "@/components/admin/dashboard/range-picker";
import { rangeError } from "@/components/admin/dashboard/range-error";
import { ReportTable } from "@/components/admin/reports/report-table";
import { buttonClass } from "@/components/ui/button";
import { Card, PageTitle } from "@/components/ui/card";
import { pagePermission } from "@/lib/auth/current-user";
import { resolveRange, type DayRange, type RangePreset } from "@/lib/reports/date-range";
import { orderTotals } from "@/lib/reports/order-stats";
import { panelTimeZone } from "@/lib/reports/panel-time-zone";
import { profitReport, REPORT_DIMENSIONS, type ReportSort } from "@/lib/reports/profit-report";
import { reportQuerySchema } from "@/lib/reports/schemas";

export const dynamic = "force-dynamic";

/** Rows shown on the page; the CSV has every row. */
const PAGE_ROWS = 200;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ownerConsole.reports"))("title") };
}

type Params = Record<string, string | string[] | undefined>;

export default async function ReportsPage({ searchParams }: { searchParams: Promise<Params> }) {
  await pagePermission("reports.read");
  const query = reportQuerySchema.parse(await searchParams);
  const [t, tr, locale, timeZone] = await Promise.all([
    getTranslations(),
    getTranslations("ownerConsole.reports"),
    getLocale(),
    panelTimeZone(),
  ]);
  let preset: RangePreset = query.range;
  let range: DayRange;
  let error = null;
  try {
    range = resolveRange({ preset, from: query.from, to: query.to }, timeZone);
  } catch (failure) {
    error = rangeError(failure, t);
    preset = "7d";
    range = resolveRange({ preset }, timeZone);
  }
  const [rows, totals] = await Promise.all([
    profitReport({ by: query.by, range, sort: query.sort, direction: query.dir, limit: PAGE_ROWS }),
    orderTotals(range),
  ]);
  const params = (change: Record<string, string>) =>
    new URLSearchParams({
      by: query.by,
      range: preset,
      from: range.from,
      to: range.to,
      sort: query.sort,
      dir: query.dir,
      ...change,
    }).toString();
  const sortHref = (sort: ReportSort, dir: "asc" | "desc") => `/admin/reports?${params({ sort, dir })}`;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <PageTitle subtitle={tr("subtitle")}>{tr("title")}</PageTitle>
        <a href={`/api/admin/reports/export?${params({})}`} className={buttonClass("secondary")} data-testid="report-export">
          {tr("export")}
        </a>
      </div>
      <Card>
        <RangePicker
          path="/admin/reports"
          preset={preset}
          range={range}
          keep={{ by: query.by, sort: query.sort, dir: query.dir }}
          error={error}
        />
      </Card>
      <Card>
        <nav aria-label={tr("title")} className="mb-4 flex flex-wrap gap-1 border-b border-slate-200">
          {REPORT_DIMENSIONS.map((by) => (
            <Link
              key={by}
              href={`/admin/reports?${params({ by })}`}
              aria-current={by === query.by ? "page" : undefined}
              className={
                by === query.by
                  ? "-mb-px border-b-2 border-brand-600 px-3 py-2 text-sm font-medium text-brand-700"
                  : "px-3 py-2 text-sm text-slate-600 hover:text-slate-900"
              }
            >
              {tr(`by.${by}`)}
            </Link>
          ))}
        </nav>
        <ReportTable by={query.by} rows={rows} totals={totals} sort={query.sort} dir={query.dir} sortHref={sortHref} locale={locale} />
        {rows.length === PAGE_ROWS ? <p className="mt-3 text-xs text-slate-500">{tr("shown", { count: PAGE_ROWS })}</p> : null}
      </Card>
    </div>
  );
}
