import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { orderRows } from "@/components/orders/order-row";
import { ORDER_STATUSES } from "@/components/orders/order-types";
import { OrdersFilters, ordersHref } from "@/components/orders/orders-filters";
import { OrdersTable } from "@/components/orders/orders-table";
import { buttonClass } from "@/components/ui/button";
import { Card, PageTitle } from "@/components/ui/card";
import { pageUser } from "@/lib/auth/current-user";
import { listOwnOrders } from "@/lib/orders/list-own-orders";
import { listOrderRequests } from "@/lib/orders/requests/list-order-requests";
import { displayPrefs } from "@/lib/users/display-prefs";
import { readSearchParams, type RawSearchParams } from "@/lib/http/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("orders.list"))("title") };
}

export default async function OrdersPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await pageUser();
  const params = await readSearchParams(searchParams);
  const status = ORDER_STATUSES.find((value) => value === params.status);
  const q = params.q?.trim().slice(0, 200) || undefined;
  const after = params.after && /^\d{1,9}$/.test(params.after) ? Number(params.after) : undefined;
  const [t, locale, prefs, page] = await Promise.all([
    getTranslations("orders.list"),
    getLocale(),
    displayPrefs(user.id),
    listOwnOrders(user.id, { status, search: q, cursor: after, take: 25 }),
  ]);
  const requests = page.orders.length
    ? await listOrderRequests(
        user.id,
        page.orders.map((order) => order.id),
      )
    : [];
  const rows = orderRows(page.orders, requests, locale);
  return (
    <div className="space-y-6">
      <PageTitle subtitle={t("subtitle")}>{t("title")}</PageTitle>
      <Link href="/user/orders/create" className={buttonClass("primary")}>
        {t("newOrder")}
      </Link>
      <Card>
        <OrdersFilters status={status} q={q} />
        <OrdersTable
          key={ordersHref({ status, q, after })}
          rows={rows}
          prefs={prefs}
          locale={locale}
          empty={status || q || after ? t("emptyFiltered") : t("empty")}
        />
        <nav aria-label={t("pages")} className="mt-4 flex justify-between text-sm">
          {after ? (
            <Link href={ordersHref({ status, q })} className="text-brand-700 hover:underline">
              {t("newest")}
            </Link>
          ) : (
            <span />
          )}
          {page.nextCursor ? (
            <Link href={ordersHref({ status, q, after: page.nextCursor })} className="text-brand-700 hover:underline">
              {t("older")}
            </Link>
          ) : null}
        </nav>
      </Card>
    </div>
  );
}
