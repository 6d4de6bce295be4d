import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { OrderChildren } from "@/components/orders/detail/order-children";
import { OrderHistory } from "@/components/orders/detail/order-history";
import { OrderOverview } from "@/components/orders/detail/order-overview";
import { idText } from "@/components/orders/detail/id-text";
import { orderRows } from "@/components/orders/order-row";
import { Card, PageTitle } from "@/components/ui/card";
import { pageUser } from "@/lib/auth/current-user";
import { dateTimeFormat } from "@/lib/i18n/format-date";
import { ownOrderDetail } from "@/lib/orders/own-order-detail";
import { listOrderRequests } from "@/lib/orders/requests/list-order-requests";
import { displayPrefs } from "@/lib/users/display-prefs";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  return { title: (await getTranslations("customerPages.order"))("title", { id: /^\d{1,9}$/.test(id) ? id : "" }) };
}

/** One of the signed-in customer's orders: figures, live status, history, refunds and what they can ask for. */
export default async function OrderPage({ params }: Props) {
  const user = await pageUser();
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const orderId = Number(id);
  const [detail, requests, prefs, locale, t, tTracked] = await Promise.all([
    ownOrderDetail(user.id, orderId),
    listOrderRequests(user.id, [orderId]),
    displayPrefs(user.id),
    getLocale(),
    getTranslations("customerPages.order"),
    getTranslations("tracked"),
  ]);
  // Someone else's order and a missing one look the same.
  if (!detail) notFound();
  const [row] = orderRows([detail.order], requests, locale);
  const dates = dateTimeFormat(locale);
  const refunds = detail.refunds.map((refund) => ({ amount: refund.amount, atText: dates.format(refund.at) }));
  return (
    <div className="max-w-5xl space-y-6">
      <Link href="/user/orders" className="text-sm text-brand-700 hover:underline">
        {t("back")}
      </Link>
      <PageTitle subtitle={t("placed", { date: row.createdAtText })}>{t("title", { id: idText(detail.order.id, locale) })}</PageTitle>
      <div className="grid items-start gap-6 lg:grid-cols-5">
        <div className="lg:col-span-3">
          <OrderOverview row={row} prefs={prefs} locale={locale} refunds={refunds} />
        </div>
        <Card title={t("history")} className="lg:col-span-2">
          <OrderHistory steps={detail.history} prefs={prefs} locale={locale} />
        </Card>
      </div>
      {row.tracked ? (
        <Card title={tTracked("children.title")}>
          <OrderChildren orderId={row.id} tracked={row.tracked} expiresAt={detail.order.expiresAt} rows={detail.children} locale={locale} />
        </Card>
      ) : null}
    </div>
  );
}
