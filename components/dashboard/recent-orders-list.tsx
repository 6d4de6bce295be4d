"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { idText } from "@/components/orders/detail/id-text";
import { STATUS_TONES, type OrderRow } from "@/components/orders/order-types";
import { useLiveOrders } from "@/components/orders/use-live-orders";
import { Badge } from "@/components/ui/badge";
import { PriceText } from "@/components/wallet/price-text";
import { numberFormat } from "@/lib/i18n/format-number";
import type { DisplayPrefs } from "@/lib/users/display-prefs";

/** The latest orders, each opening its own page; open ones follow the live poll. */
export function RecentOrdersList({ rows, prefs, locale }: { rows: OrderRow[]; prefs: DisplayPrefs; locale: string }) {
  const t = useTranslations("customerPages.dashboard");
  const tOrders = useTranslations("orders");
  const live = useLiveOrders(rows);
  const numbers = numberFormat(locale, 0);
  return (
    <div>
      {live.error ? (
        <p role="status" className="mb-2 text-xs text-amber-800">
          {tOrders("list.liveError", { message: live.error.message })}
        </p>
      ) : null}
      <ul className="divide-y divide-slate-100" data-testid="recent-orders" data-polling={live.polling}>
        {live.rows.map((order) => (
          <li key={order.id} className="flex items-start justify-between gap-3 py-3 first:pt-0 last:pb-0">
            <div className="min-w-0 flex-1">
              <Link
                href={`/user/orders/${order.id}`}
                className="font-medium text-brand-700 hover:underline"
                data-testid={`recent-order-${order.id}`}
              >
                {t("openOrder", { id: idText(order.id, locale) })}
              </Link>
              <p className="line-clamp-2 text-sm break-words text-slate-700" title={order.serviceName} data-user-text>
                {order.serviceName}
              </p>
              <p className="text-xs text-slate-500">
                {order.createdAtText} · {t("quantity", { quantity: numbers.format(order.quantity) })} ·{" "}
                <PriceText amountBdt={order.charge} prefs={prefs} locale={locale} />
              </p>
            </div>
            <div className="flex shrink-0 flex-col items-end gap-1.5">
              <span data-testid={`recent-order-status-${order.id}`} data-status={order.status}>
                <Badge tone={STATUS_TONES[order.status]}>{tOrders(`status.${order.status}`)}</Badge>
              </span>
              <Link
                href={`/user/orders/create?service=${order.serviceId}`}
                aria-label={t("orderAgainLabel", { service: order.serviceName })}
                data-user-text // its name holds the catalogue's service name
                className="text-xs text-brand-700 hover:underline"
              >
                {t("orderAgain")}
              </Link>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
