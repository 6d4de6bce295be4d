"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { MoneyText } from "@/components/wallet/money-text";
import { dateTimeFormat } from "@/lib/i18n/format-date";
import type { AdminOrderRow } from "@/lib/orders/admin/list-orders-for-admin";
import { OrderStatusBadge } from "./order-status-badge";
import { OrdersBulkBar } from "./orders-bulk-bar";

const HEADINGS = ["id", "user", "service", "provider", "link", "quantity", "charge", "refunded", "status", "created"] as const;

/** One page of orders; with orders.manage, a checkbox per row feeds the bulk bar. */
export function OrdersTable({ orders, locale, canManage }: { orders: AdminOrderRow[]; locale: string; canManage: boolean }) {
  const t = useTranslations("ordersAdmin.list");
  const dates = dateTimeFormat(locale);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const ids = orders.map((order) => order.id);
  // Only rows on this page count, whatever was ticked before a filter or page change.
  const chosen = ids.filter((id) => selected.has(id));
  const allChosen = ids.length > 0 && chosen.length === ids.length;

  const toggle = (id: number) =>
    setSelected((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <div className="space-y-4">
      {canManage ? <OrdersBulkBar orderIds={chosen} onDone={() => setSelected(new Set())} /> : null}
      {orders.length === 0 ? (
        <p className="text-sm text-slate-500">{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="min-w-full text-sm" data-testid="admin-orders-table">
            <thead className="border-b border-slate-200 text-left text-xs text-slate-500 uppercase">
              <tr>
                {canManage ? (
                  <th className="py-2 pr-3">
                    <input
                      type="checkbox"
                      aria-label={t("selectAll")}
                      checked={allChosen}
                      ref={(element) => {
                        if (element) element.indeterminate = chosen.length > 0 && !allChosen;
                      }}
                      onChange={() => setSelected(allChosen ? new Set() : new Set(ids))}
                    />
                  </th>
                ) : null}
                {HEADINGS.map((heading) => (
                  <th
                    key={heading}
                    scope="col"
                    className={`py-2 pr-4 font-medium whitespace-nowrap ${["quantity", "charge", "refunded"].includes(heading) ? "text-right" : ""}`}
                  >
                    {t(heading)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 align-top">
              {orders.map((order) => (
                <tr key={order.id} className={selected.has(order.id) ? "bg-brand-50" : undefined}>
                  {canManage ? (
                    <td className="py-2 pr-3">
                      <input
                        type="checkbox"
                        aria-label={t("selectOne", { id: order.id })}
                        checked={selected.has(order.id)}
                        onChange={() => toggle(order.id)}
                      />
                    </td>
                  ) : null}
                  <td className="py-2 pr-4 tabular-nums">
                    <Link href={`/admin/orders/${order.id}`} className="font-medium text-brand-700 hover:underline">
                      #{order.id}
                    </Link>
                  </td>
                  <td className="py-2 pr-4">
                    <Link href={`/admin/users/${order.user.id}`} className="text-brand-700 hover:underline">
                      {order.user.email}
                    </Link>
                  </td>
                  <td className="min-w-48 py-2 pr-4">
                    <span className="text-slate-500">#{order.service.id}</span> {order.service.name}
                  </td>
                  <td className="py-2 pr-4 whitespace-nowrap">
                    {order.provider ? (
                      <>
                        <div>{order.provider.name}</div>
                        <div className="font-mono text-xs text-slate-500">{order.providerOrderId ?? t("notSent")}</div>
                      </>
                    ) : (
                      <span className="text-slate-500">{t(order.mode === "MANUAL" ? "manualMode" : "noProvider")}</span>
                    )}
                  </td>
                  <td className="max-w-64 truncate py-2 pr-4" title={order.link}>
                    {order.link}
                  </td>
                  <td className="py-2 pr-4 text-right tabular-nums">
                    {order.quantity.toLocaleString(locale === "bn" ? "bn-BD" : "en-US")}
                    {order.remains ? <div className="text-xs text-slate-500">{t("remains", { remains: order.remains })}</div> : null}
                  </td>
                  <td className="py-2 pr-4 text-right whitespace-nowrap">
                    <MoneyText amount={order.charge} locale={locale} />
                  </td>
                  <td className="py-2 pr-4 text-right whitespace-nowrap">
                    {Number(order.refunded) > 0 ? (
                      <MoneyText amount={order.refunded} locale={locale} />
                    ) : (
                      <span className="text-slate-400">—</span>
                    )}
                  </td>
                  <td className="py-2 pr-4">
                    <OrderStatusBadge status={order.status} />
                  </td>
                  <td className="py-2 pr-4 whitespace-nowrap text-slate-600">{dates.format(order.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
