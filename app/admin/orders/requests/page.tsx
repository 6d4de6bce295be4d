import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { RequestQueueTable } from "@/components/admin/orders/request-queue-table";
import { Card, PageTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { pagePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { listRequestQueue } from "@/lib/orders/requests/admin/list-request-queue";
import { requestQueueQuerySchema } from "@/lib/orders/requests/admin/schemas";
import { readSearchParams, type RawSearchParams } from "@/lib/http/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ordersAdmin.queue"))("title") };
}

/** Refill and cancel requests waiting for an admin (manual services, or orders the provider lacks). */
export default async function RequestQueuePage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const admin = await pagePermission("orders.read");
  const parsed = requestQueueQuerySchema.safeParse(await readSearchParams(searchParams));
  const query = parsed.success ? parsed.data : {};
  const [t, locale, page] = await Promise.all([getTranslations("ordersAdmin"), getLocale(), listRequestQueue(query)]);
  const tab = (kind: "refill" | "cancel" | undefined, label: string) => (
    <Link
      href={kind ? `/admin/orders/requests?kind=${kind}` : "/admin/orders/requests"}
      aria-current={query.kind === kind ? "page" : undefined}
      className={`rounded-md px-3 py-1 text-sm ${query.kind === kind ? "bg-brand-600 text-white" : "text-brand-700 hover:bg-brand-50"}`}
    >
      {label}
    </Link>
  );
  return (
    <div className="space-y-6">
      <PageTitle subtitle={t("queue.subtitle")}>{t("queue.title")}</PageTitle>
      <Card>
        <nav className="mb-4 flex gap-2" aria-label={t("queue.kinds")}>
          {tab(undefined, t("queue.all"))}
          {tab("refill", t("queue.refill"))}
          {tab("cancel", t("queue.cancel"))}
        </nav>
        <RequestQueueTable
          requests={page.requests}
          locale={locale}
          canManage={can(admin.role, "orders.manage")}
          empty={
            <EmptyState
              text={t("queue.empty")}
              action={query.kind || query.after ? { href: "/admin/orders/requests", label: t("queue.all") } : undefined}
            />
          }
        />
        {page.nextAfter ? (
          <div className="mt-4 text-right text-sm">
            <Link
              href={`/admin/orders/requests?${new URLSearchParams({ ...(query.kind ? { kind: query.kind } : {}), after: page.nextAfter })}`}
              className="text-brand-700 hover:underline"
              rel="next"
            >
              {t("list.next")}
            </Link>
          </div>
        ) : null}
      </Card>
    </div>
  );
}
