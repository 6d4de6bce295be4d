"use client";

import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { PriceText } from "@/components/wallet/price-text";
import { money } from "@/lib/money/money";
import type { DisplayPrefs } from "@/lib/users/display-prefs";
import { displayAmount } from "./display-amount";
import { OrderRequests } from "./order-requests";
import { STATUS_TONES, type OrderRow } from "./order-types";
import { useLiveOrders } from "./use-live-orders";

const number = (value: number | null) => (value === null ? "—" : value.toLocaleString("en"));

/** The customer's orders; open ones update in place while the page is open. */
export function OrdersTable({ rows, prefs, locale }: { rows: OrderRow[]; prefs: DisplayPrefs; locale: string }) {
  const t = useTranslations("orders");
  const live = useLiveOrders(rows);
  return (
    <div className="space-y-2">
      {live.error ? (
        <p role="status" className="text-xs text-amber-800">
          {t("list.liveError", { message: live.error.message })}
        </p>
      ) : null}
      <div className="overflow-x-auto">
        <table className="min-w-full text-sm" data-testid="orders-table" data-polling={live.polling}>
          <thead className="border-b border-slate-200 text-left text-xs text-slate-500 uppercase">
            <tr>
              <th className="py-2 pr-4 font-medium">{t("list.id")}</th>
              <th className="py-2 pr-4 font-medium">{t("list.date")}</th>
              <th className="py-2 pr-4 font-medium">{t("list.service")}</th>
              <th className="py-2 pr-4 font-medium">{t("list.link")}</th>
              <th className="py-2 pr-4 text-right font-medium">{t("list.quantity")}</th>
              <th className="py-2 pr-4 text-right font-medium">{t("list.startCount")}</th>
              <th className="py-2 pr-4 text-right font-medium">{t("list.remains")}</th>
              <th className="py-2 pr-4 text-right font-medium">{t("list.charge")}</th>
              <th className="py-2 pr-4 font-medium">{t("list.status")}</th>
              <th className="py-2 font-medium">{t("list.requests")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 align-top">
            {live.rows.map((order) => (
              <tr key={order.id} data-order-id={order.id}>
                <td className="py-2 pr-4 text-slate-500 tabular-nums">{order.id}</td>
                <td className="py-2 pr-4 whitespace-nowrap text-slate-600">{order.createdAtText}</td>
                <td className="min-w-48 py-2 pr-4">
                  <span className="text-slate-500">#{order.serviceId}</span> <span data-user-text>{order.serviceName}</span>
                </td>
                <td className="py-2 pr-4">
                  {/^https?:\/\//i.test(order.link) ? (
                    <a
                      href={order.link}
                      title={order.link}
                      target="_blank"
                      rel="noopener noreferrer nofollow"
                      className="block max-w-48 truncate text-brand-700 hover:underline"
                      data-user-text
                    >
                      {order.link}
                    </a>
                  ) : (
                    <span title={order.link} className="block max-w-48 truncate" data-user-text>
                      {order.link}
                    </span>
                  )}
                </td>
                <td className="py-2 pr-4 text-right tabular-nums">{number(order.quantity)}</td>
                <td className="py-2 pr-4 text-right tabular-nums" data-testid={`order-start-count-${order.id}`}>
                  {number(order.startCount)}
                </td>
                <td className="py-2 pr-4 text-right tabular-nums" data-testid={`order-remains-${order.id}`}>
                  {number(order.remains)}
                </td>
                <td className="py-2 pr-4 text-right whitespace-nowrap">
                  <PriceText amountBdt={order.charge} prefs={prefs} locale={locale} />
                  {money(order.refunded).gt(0) ? (
                    <div className="text-xs text-emerald-700">
                      {t("list.refunded", { amount: displayAmount(order.refunded, prefs, locale) })}
                    </div>
                  ) : null}
                </td>
                <td className="py-2 pr-4">
                  <span data-testid={`order-status-${order.id}`} data-status={order.status}>
                    <Badge tone={STATUS_TONES[order.status]}>{t(`status.${order.status}`)}</Badge>
                  </span>
                </td>
                <td className="py-2">
                  <OrderRequests order={order} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
