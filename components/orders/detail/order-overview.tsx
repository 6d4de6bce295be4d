"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { displayAmount } from "@/components/orders/display-amount";
import { OrderRequests } from "@/components/orders/order-requests";
import { STATUS_TONES, isOpenStatus, type OrderRow } from "@/components/orders/order-types";
import { useLiveOrders } from "@/components/orders/use-live-orders";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PriceText } from "@/components/wallet/price-text";
import { numberFormat } from "@/lib/i18n/format-number";
import { deliveredCount } from "@/lib/orders/customer-history";
import type { DisplayPrefs } from "@/lib/users/display-prefs";
import { idText } from "./id-text";
import { OrderLink } from "@/components/orders/order-link";
import { useRefreshOnChange } from "./use-refresh-on-change";

export type RefundView = { amount: string; atText: string };

function Fact({ label, children, testId, wide }: { label: string; children: ReactNode; testId?: string; wide?: boolean }) {
  return (
    <div className={wide ? "col-span-2 min-w-0 sm:col-span-3" : "min-w-0"}>
      <dt className="text-xs font-medium text-slate-500">{label}</dt>
      <dd className="mt-0.5 text-sm text-slate-900" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}

/** The order's figures and actions; while it is open they follow the live poll, and the page's history with them. */
export function OrderOverview({
  row,
  prefs,
  locale,
  refunds,
}: {
  row: OrderRow;
  prefs: DisplayPrefs;
  locale: string;
  refunds: RefundView[];
}) {
  const t = useTranslations("customerPages.order");
  const tOrders = useTranslations("orders");
  const live = useLiveOrders([row]);
  const order = live.rows[0];
  // Runs, posts and child orders are rendered by the server (order-children.tsx): their change refreshes it too.
  const progress = (view: typeof order.tracked) =>
    view ? `${view.done}|${view.children}|${view.kind === "subscription" ? view.status : ""}` : "";
  useRefreshOnChange(
    `${row.status}|${row.refunded}|${progress(row.tracked)}`,
    `${order.status}|${order.refunded}|${progress(order.tracked)}`,
  );
  const numbers = numberFormat(locale, 0);
  const unknown = <span className="text-slate-500">{t(isOpenStatus(order.status) ? "notYet" : "notReported")}</span>;
  const count = (value: number | null) => (value === null ? unknown : numbers.format(value));
  const delivered = deliveredCount(order.status, order.quantity, order.remains);

  return (
    <Card
      title={t("details")}
      actions={
        <span data-testid="order-status" data-status={order.status}>
          <Badge tone={STATUS_TONES[order.status]}>{tOrders(`status.${order.status}`)}</Badge>
        </span>
      }
    >
      {isOpenStatus(order.status) ? <p className="-mt-2 mb-4 text-xs text-slate-500">{t("live")}</p> : null}
      {live.error ? (
        <p role="status" className="-mt-2 mb-4 text-xs text-amber-800">
          {tOrders("list.liveError", { message: live.error.message })}
        </p>
      ) : null}
      <dl className="grid grid-cols-2 gap-x-6 gap-y-4 sm:grid-cols-3">
        <Fact label={t("service")} wide>
          <span className="text-slate-500">#{idText(order.serviceId, locale)}</span> <span data-user-text>{order.serviceName}</span>
        </Fact>
        <Fact label={order.tracked?.kind === "subscription" ? t("username") : t("link")} wide>
          <OrderLink link={order.link} wrap />
        </Fact>
        <Fact label={t("quantity")} testId="order-quantity">
          {numbers.format(order.quantity)}
        </Fact>
        <Fact label={t("charge")} testId="order-charge">
          <PriceText amountBdt={order.charge} prefs={prefs} locale={locale} />
        </Fact>
        <Fact label={t("startCount")} testId="order-start-count">
          {count(order.startCount)}
        </Fact>
        <Fact label={t("delivered")} testId="order-delivered">
          {count(delivered)}
        </Fact>
        <Fact label={t("remains")} testId="order-remains">
          {count(order.remains)}
        </Fact>
        <Fact label={t("refunds")} testId="order-refunds">
          {refunds.length === 0 ? (
            <span className="text-slate-500">{t("noRefunds")}</span>
          ) : (
            <ul className="space-y-0.5">
              {refunds.map((refund) => (
                <li key={refund.atText + refund.amount}>
                  {t("refundOn", { amount: displayAmount(refund.amount, prefs, locale), date: refund.atText })}
                </li>
              ))}
            </ul>
          )}
        </Fact>
      </dl>
      <div className="mt-5 border-t border-slate-100 pt-4">
        <h3 className="mb-2 text-sm font-medium text-slate-700">{t("actions")}</h3>
        <div className="flex flex-wrap items-start justify-between gap-3">
          <OrderRequests order={order} prefs={prefs} />
          <Link href={`/user/orders/create?service=${order.serviceId}`} className="text-sm text-brand-700 hover:underline">
            {t("orderAgain")}
          </Link>
        </div>
      </div>
    </Card>
  );
}
