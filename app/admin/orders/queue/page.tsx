import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ManualQueueTable } from "@/components/admin/orders/manual-queue-table";
import { Card, PageTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { pagePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { readSearchParams, type RawSearchParams } from "@/lib/http/search-params";
import { listManualQueue, MANUAL_QUEUE_STATUSES, manualQueueQuerySchema } from "@/lib/orders/admin/list-manual-queue";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ordersAdmin.manualQueue"))("title") };
}

type Status = (typeof MANUAL_QUEUE_STATUSES)[number];
const hrefFor = (status?: Status, after?: number) =>
  `/admin/orders/queue${status || after ? `?${new URLSearchParams({ ...(status ? { status } : {}), ...(after ? { after: String(after) } : {}) })}` : ""}`;

/** Orders of manual services (no provider) waiting for staff to deliver them by hand, oldest first. */
export default async function ManualQueuePage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const admin = await pagePermission("orders.read");
  const parsed = manualQueueQuerySchema.safeParse(await readSearchParams(searchParams));
  const query = parsed.success ? parsed.data : {};
  const [t, ts, locale, page] = await Promise.all([
    getTranslations("ordersAdmin.manualQueue"),
    getTranslations("ordersAdmin.statuses"),
    getLocale(),
    listManualQueue(query),
  ]);
  const tab = (status: Status | undefined, label: string) => (
    <Link
      key={status ?? "all"}
      href={hrefFor(status)}
      aria-current={query.status === status ? "page" : undefined}
      className={`rounded-md px-3 py-1 text-sm ${query.status === status ? "bg-brand-600 text-white" : "text-brand-700 hover:bg-brand-50"}`}
    >
      {label}
    </Link>
  );
  return (
    <div className="space-y-6">
      <PageTitle subtitle={t("subtitle")}>{t("title")}</PageTitle>
      <Card>
        <nav className="mb-4 flex flex-wrap gap-2" aria-label={t("statuses")}>
          {tab(undefined, t("all"))}
          {MANUAL_QUEUE_STATUSES.map((status) => tab(status, ts(status)))}
        </nav>
        <ManualQueueTable
          orders={page.orders}
          locale={locale}
          canManage={can(admin.role, "orders.manage")}
          empty={
            <EmptyState
              text={t("empty")}
              action={query.status || query.after ? { href: "/admin/orders/queue", label: t("all") } : undefined}
            />
          }
        />
        {page.nextAfter ? (
          <div className="mt-4 text-right text-sm">
            <Link href={hrefFor(query.status, page.nextAfter)} className="text-brand-700 hover:underline" rel="next">
              {t("next")}
            </Link>
          </div>
        ) : null}
      </Card>
    </div>
  );
}
