import { dateTimeFormat } from "@/lib/i18n/format-date";
import type { OwnOrder } from "@/lib/orders/list-own-orders";
import { canRequestCancel, canRequestRefill } from "@/lib/orders/requests/eligibility";
import type { LiveOrder, OrderRow, RequestKind, RequestView } from "./order-types";
import { trackedView } from "./tracked-view";

/** Server side only: turns lib/orders rows into the plain shapes the order table renders. */
type OrderRequest = { orderId: number; kind: RequestKind; status: string; message: string | null; createdAt: Date };

export function liveOrder(order: OwnOrder, now: Date): LiveOrder {
  return {
    id: order.id,
    status: order.status,
    startCount: order.startCount,
    remains: order.remains,
    refunded: order.refunded,
    canRefill: canRequestRefill(order, now),
    canCancel: canRequestCancel(order),
    tracked: trackedView(order),
  };
}

/** Rows for the table, with each order's latest refill and cancel request. */
export function orderRows(orders: OwnOrder[], requests: OrderRequest[], locale: string): OrderRow[] {
  const now = new Date();
  const dates = dateTimeFormat(locale);
  const latest = new Map<string, OrderRequest>();
  for (const request of requests) {
    const key = `${request.orderId}:${request.kind}`;
    const seen = latest.get(key);
    if (!seen || seen.createdAt < request.createdAt) latest.set(key, request);
  }
  const view = (request: OrderRequest | undefined): RequestView | undefined =>
    request ? { status: request.status, message: request.message } : undefined;
  return orders.map((order) => ({
    ...liveOrder(order, now),
    createdAtText: dates.format(order.createdAt),
    serviceId: order.service.id,
    serviceName: order.service.name,
    link: order.link,
    quantity: order.quantity,
    charge: order.charge,
    requests: { refill: view(latest.get(`${order.id}:refill`)), cancel: view(latest.get(`${order.id}:cancel`)) },
  }));
}
