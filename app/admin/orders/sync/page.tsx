import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { StaleOrdersTable } from "@/components/admin/orders/stale-orders-table";
import { SyncNowButton } from "@/components/admin/orders/sync-now-button";
import { SyncRunsTable } from "@/components/admin/orders/sync-runs-table";
import { Card, PageTitle } from "@/components/ui/card";
import { pagePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { listSyncRuns, staleOpenOrders } from "@/lib/orders/admin/list-sync-runs";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ordersAdmin.sync"))("title") };
}

/** The cron syncs every 5 minutes; an open order unchecked for 30 is worth a look. */
const STALE_AFTER_MINUTES = 30;

export default async function OrderSyncPage() {
  const admin = await pagePermission("orders.read");
  const [t, locale, runs, stale] = await Promise.all([
    getTranslations("ordersAdmin"),
    getLocale(),
    listSyncRuns(20),
    staleOpenOrders(STALE_AFTER_MINUTES, 50),
  ]);
  return (
    <div className="space-y-6">
      <div>
        <Link href="/admin/orders" className="text-sm text-brand-700 hover:underline">
          ← {t("list.title")}
        </Link>
      </div>
      <PageTitle subtitle={t("sync.subtitle")}>{t("sync.title")}</PageTitle>
      {can(admin.role, "orders.manage") ? (
        <Card>
          <SyncNowButton />
        </Card>
      ) : null}
      <Card title={t("sync.runs")}>
        <SyncRunsTable runs={runs} locale={locale} />
      </Card>
      <Card title={t("stale.title", { minutes: STALE_AFTER_MINUTES })}>
        <StaleOrdersTable orders={stale} locale={locale} />
      </Card>
    </div>
  );
}
