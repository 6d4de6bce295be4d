import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { DailyChart } from "@/components/admin/dashboard/daily-chart";
import { DashboardFigures } from "@/components/admin/dashboard/dashboard-figures";
import { DepositBreakdown } from "@/components/admin/dashboard/deposit-breakdown";
import { ProviderBalanceTable } from "@/components/admin/dashboard/provider-balance-table";
import { RangePicker } from "@/components/admin/dashboard/range-picker";
import { rangeError } from "@/components/admin/dashboard/range-error";
import { TopRowsTable } from "@/components/admin/dashboard/report-rows-table";
import { StatusBreakdown } from "@/components/admin/dashboard/status-breakdown";
import { LiveWaitingWorkPanel } from "@/components/admin/waiting-work/live-waiting-work-panel";
import { Card, PageTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { waitingWorkForPage } from "@/lib/admin-console/waiting-work";
import { pagePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { formatAmount, numberFormat } from "@/lib/i18n/format-number";
import { getDashboard, type Dashboard } from "@/lib/reports/dashboard";
import { rangeQuerySchema } from "@/lib/reports/schemas";
import { displayPrefs } from "@/lib/users/display-prefs";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ownerConsole.dashboard"))("title") };
}

type Params = Record<string, string | string[] | undefined>;

export default async function AdminDashboardPage({ searchParams }: { searchParams: Promise<Params> }) {
  const user = await pagePermission("admin.access");
  const query = rangeQuerySchema.parse(await searchParams);
  const [t, tr, locale, prefs, work] = await Promise.all([
    getTranslations(),
    getTranslations("ownerConsole"),
    getLocale(),
    displayPrefs(user.id),
    waitingWorkForPage(user.role),
  ]);
  let dashboard: Dashboard;
  let error = null;
  let preset = query.range;
  try {
    dashboard = await getDashboard({ preset, from: query.from, to: query.to }, user);
  } catch (failure) {
    error = rangeError(failure, t);
    preset = "7d";
    dashboard = await getDashboard({ preset }, user);
  }
  const day = new Intl.DateTimeFormat(locale === "bn" ? "bn-BD" : "en-GB", { dateStyle: "medium", timeZone: "UTC" });
  const dayText = (text: string) => day.format(new Date(`${text}T00:00:00Z`));
  const counts = numberFormat(locale, 0);
  const columns = { orders: tr("reports.columns.orders"), revenue: tr("reports.columns.revenue"), profit: tr("reports.columns.profit") };
  const noOrders = <EmptyState text={`${tr("dashboard.noOrders")} ${t("moreTables.reports.emptyHint")}`} />;
  return (
    <div className="space-y-6">
      <PageTitle subtitle={tr("dashboard.subtitle")}>{tr("dashboard.title")}</PageTitle>
      <LiveWaitingWorkPanel initial={work} />
      <Card>
        <RangePicker path="/admin" preset={preset} range={dashboard.range} error={error} />
        <p className="mt-3 text-xs text-slate-500" data-testid="range-span">
          {tr("range.span", { from: dayText(dashboard.range.from), to: dayText(dashboard.range.to) })} ·{" "}
          {tr("range.comparedWith", { from: dayText(dashboard.previousRange.from), to: dayText(dashboard.previousRange.to) })}
        </p>
      </Card>

      <DashboardFigures dashboard={dashboard} locale={locale} usdRate={prefs.currency === "USD" ? prefs.bdtPerUsd : null} />

      {dashboard.orders ? (
        <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
          {dashboard.money ? (
            <Card title={tr("dashboard.moneyChart")}>
              <DailyChart kind="money" title={tr("dashboard.moneyChart")} points={dashboard.days} />
            </Card>
          ) : null}
          <Card title={tr("dashboard.ordersChart")}>
            <DailyChart kind="orders" title={tr("dashboard.ordersChart")} points={dashboard.days} />
          </Card>
        </div>
      ) : null}

      <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
        {dashboard.orders ? (
          <Card title={tr("dashboard.byStatus")}>
            <StatusBreakdown
              byStatus={dashboard.orders.current.byStatus}
              locale={locale}
              label={(status) => t(`ordersAdmin.statuses.${status}`)}
            />
          </Card>
        ) : null}
        {dashboard.deposits ? (
          <Card title={tr("dashboard.byMethod")}>
            <DepositBreakdown
              deposits={dashboard.deposits.current}
              locale={locale}
              text={{
                method: (method) => t(`payments.methods.${method}`),
                empty: tr("dashboard.noDeposits"),
                reversed: tr("dashboard.reversed", {
                  amount: formatAmount(dashboard.deposits.current.reversedAmount, locale),
                  count: counts.format(dashboard.deposits.current.reversedCount),
                }),
              }}
            />
          </Card>
        ) : null}
      </div>

      {dashboard.topServices && dashboard.topCustomers ? (
        <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
          <Card
            title={tr("dashboard.topServices")}
            actions={
              <Link
                href={`/admin/reports?range=${preset}&from=${dashboard.range.from}&to=${dashboard.range.to}`}
                className="text-sm text-brand-700 hover:underline"
              >
                {tr("dashboard.allReports")}
              </Link>
            }
          >
            <TopRowsTable
              rows={dashboard.topServices}
              locale={locale}
              heading={tr("dashboard.service")}
              columns={columns}
              empty={noOrders}
              testId="top-services"
            />
          </Card>
          <Card title={tr("dashboard.topCustomers")}>
            <TopRowsTable
              rows={dashboard.topCustomers}
              locale={locale}
              heading={tr("dashboard.customer")}
              columns={columns}
              empty={noOrders}
              testId="top-customers"
            />
          </Card>
        </div>
      ) : null}

      {dashboard.providers && can(user.role, "providers.manage") ? (
        <Card title={tr("dashboard.providers")}>
          <ProviderBalanceTable
            providers={dashboard.providers}
            locale={locale}
            text={{
              provider: tr("dashboard.provider"),
              balance: tr("dashboard.balance"),
              threshold: tr("dashboard.threshold"),
              status: t("providers.status"),
              unknown: tr("dashboard.unknown"),
              states: {
                out: tr("dashboard.state.out"),
                low: tr("dashboard.state.low"),
                ok: tr("dashboard.state.ok"),
                unknown: tr("dashboard.state.unknown"),
              },
            }}
            empty={<EmptyState text={tr("dashboard.noProviders")} action={{ href: "/admin/providers", label: t("providers.add") }} />}
          />
        </Card>
      ) : null}
    </div>
  );
}
