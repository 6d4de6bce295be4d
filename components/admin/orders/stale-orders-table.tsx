import Link from "next/link";
import { useTranslations } from "next-intl";
import { dateTimeFormat } from "@/lib/i18n/format-date";
import type { staleOpenOrders } from "@/lib/orders/admin/list-sync-runs";
import { OrderStatusBadge } from "./order-status-badge";

type Stale = Awaited<ReturnType<typeof staleOpenOrders>>[number];

/** Open orders nobody has checked for too long, oldest check first. */
export function StaleOrdersTable({ orders, locale }: { orders: Stale[]; locale: string }) {
  const t = useTranslations("ordersAdmin.stale");
  const dates = dateTimeFormat(locale);
  if (orders.length === 0) return <p className="text-sm text-slate-500">{t("empty")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm" data-testid="stale-orders">
        <thead className="border-b border-slate-200 text-left text-xs text-slate-500 uppercase">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">
              {t("id")}
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              {t("status")}
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              {t("provider")}
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              {t("user")}
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              {t("lastChecked")}
            </th>
            <th scope="col" className="py-2 font-medium">
              {t("created")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {orders.map((order) => (
            <tr key={order.id}>
              <td className="py-2 pr-4">
                <Link href={`/admin/orders/${order.id}`} className="font-medium text-brand-700 hover:underline">
                  #{order.id}
                </Link>
              </td>
              <td className="py-2 pr-4">
                <OrderStatusBadge status={order.status} />
              </td>
              <td className="py-2 pr-4">
                {order.provider?.name ?? "—"}
                {order.providerOrderId ? <span className="ml-1 font-mono text-xs text-slate-500">{order.providerOrderId}</span> : null}
              </td>
              <td className="py-2 pr-4">{order.user.email}</td>
              <td className="py-2 pr-4 whitespace-nowrap text-slate-600">
                {order.lastCheckedAt ? dates.format(order.lastCheckedAt) : t("never")}
              </td>
              <td className="py-2 whitespace-nowrap text-slate-600">{dates.format(order.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
