import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { OrdersFilters } from "@/components/admin/orders/orders-filters";
import { OrdersTable } from "@/components/admin/orders/orders-table";
import { StatusTabs } from "@/components/admin/orders/status-tabs";
import { buttonClass } from "@/components/ui/button";
import { Card, PageTitle } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { pagePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { dateTimeFormat } from "@/lib/i18n/format-date";
import { countOrdersByStatus } from "@/lib/orders/admin/count-orders-by-status";
import { ORDERS_CSV_MAX_ROWS } from "@/lib/orders/admin/export-orders-csv";
import { listOrdersForAdmin } from "@/lib/orders/admin/list-orders-for-admin";
import { adminOrderQuerySchema, type AdminOrderQuery } from "@/lib/orders/admin/schemas";
import { listProviders } from "@/lib/providers/list-providers";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ordersAdmin.list"))("title") };
}

const PAGE_SIZE = 50;
type Params = Record<string, string | string[] | undefined>;

/** The filters from the URL (blank fields left out); a malformed one is reported and ignored. */
function readFilters(params: Params): { filters: AdminOrderQuery; invalid: string | null } {
  const given = Object.fromEntries(
    Object.entries(params).filter((entry): entry is [string, string] => typeof entry[1] === "string" && entry[1].trim() !== ""),
  );
  const parsed = adminOrderQuerySchema.safeParse(given);
  if (parsed.success) return { filters: parsed.data, invalid: null };
  return { filters: {}, invalid: parsed.error.issues.map((issue) => issue.path.join(".")).join(", ") };
}

function query(values: Record<string, string | number | undefined>): string {
  return new URLSearchParams(
    Object.entries(values)
      .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== "")
      .map(([key, value]) => [key, String(value)]),
  ).toString();
}

export default async function AdminOrdersPage({ searchParams }: { searchParams: Promise<Params> }) {
  const admin = await pagePermission("orders.read");
  const { filters, invalid } = readFilters(await searchParams);
  const canManage = can(admin.role, "orders.manage");
  const kept = { ...filters, cursor: undefined, take: undefined };
  const [t, tw, tx, locale, providers, page, counts] = await Promise.all([
    getTranslations("ordersAdmin"),
    getTranslations("waitingWork.filters"),
    getTranslations("ordersExport"),
    getLocale(),
    listProviders(),
    listOrdersForAdmin({ ...filters, take: PAGE_SIZE }),
    countOrdersByStatus(kept),
  ]);
  const firstHref = `/admin/orders?${query(kept)}`;
  const nextHref = page.nextCursor ? `/admin/orders?${query({ ...kept, cursor: page.nextCursor })}` : null;
  const exportHref = `/api/admin/orders/export?${query(kept)}`;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <PageTitle subtitle={t("list.subtitle")}>{t("list.title")}</PageTitle>
        <div className="flex flex-wrap gap-2">
          <a
            href={exportHref}
            className={buttonClass("secondary")}
            title={tx("hint", { max: ORDERS_CSV_MAX_ROWS })}
            data-testid="orders-export"
          >
            {tx("link")}
          </a>
          {canManage ? (
            <>
              <Link href="/admin/orders/manual" className={buttonClass("secondary")}>
                {t("nav.manual")}
              </Link>
              <Link href="/admin/orders/sync" className={buttonClass("secondary")}>
                {t("nav.sync")}
              </Link>
            </>
          ) : null}
        </div>
      </div>
      <Card>
        {invalid ? (
          <div className="mb-4">
            <Notice tone="error">{t("filters.invalid", { fields: invalid })}</Notice>
          </div>
        ) : null}
        <StatusTabs current={filters.status} counts={counts} href={(status) => `/admin/orders?${query({ ...kept, status })}`} />
        <OrdersFilters filters={filters} providers={providers.map(({ id, name }) => ({ id, name }))} />
        {filters.since ? (
          <p className="mb-4 flex flex-wrap items-center gap-3 text-sm text-slate-600" data-testid="orders-since">
            {tw("since", { date: dateTimeFormat(locale).format(new Date(filters.since)) })}
            <Link href={`/admin/orders?${query({ ...kept, since: undefined })}`} className="text-brand-700 hover:underline">
              {tw("clearSince")}
            </Link>
          </p>
        ) : null}
        <OrdersTable key={query(filters)} orders={page.orders} locale={locale} canManage={canManage} />
        <nav aria-label={t("list.pages")} className="mt-4 flex items-center justify-between gap-4 text-sm">
          {filters.cursor ? (
            <Link href={firstHref} className="text-brand-700 hover:underline">
              {t("list.first")}
            </Link>
          ) : (
            <span />
          )}
          {nextHref ? (
            <Link href={nextHref} className="text-brand-700 hover:underline" rel="next">
              {t("list.next")}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      </Card>
    </div>
  );
}
