import type { OrderStatus, ServiceMode } from "@/lib/db/generated/enums";
import { db } from "@/lib/db";
import { isRequestKind } from "../request-kind";
import type { RequestKind } from "../request-states";
import type { RequestQueueQuery } from "./schemas";

const PAGE = 50;

export type QueuedRequest = {
  id: string;
  kind: RequestKind;
  message: string | null;
  createdAt: Date;
  order: {
    id: number;
    status: OrderStatus;
    mode: ServiceMode;
    link: string;
    quantity: number;
    /** BDT, 4 places: what the customer paid and what has come back, for the refund a cancel gives. */
    charge: string;
    refunded: string;
    providerOrderId: string | null;
    service: { id: number; name: string };
    user: { id: string; email: string };
  };
};

/**
 * Refill and cancel requests that wait for an admin: still PENDING and not being sent (an auto order
 * that reached its provider is sent right away and retried by the job; what stays here is a manual
 * service, or an order the provider does not have yet). Oldest first, so nothing is forgotten.
 */
export async function listRequestQueue(query: RequestQueueQuery = {}): Promise<{ requests: QueuedRequest[]; nextAfter: string | null }> {
  const after = query.after
    ? await db.orderRequest.findUnique({ where: { id: query.after }, select: { id: true, createdAt: true } })
    : null;
  const rows = await db.orderRequest.findMany({
    where: {
      status: "PENDING",
      ...(query.kind ? { kind: query.kind } : {}),
      ...(after ? { OR: [{ createdAt: { gt: after.createdAt } }, { createdAt: after.createdAt, id: { gt: after.id } }] } : {}),
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: PAGE + 1,
    select: {
      id: true,
      kind: true,
      message: true,
      createdAt: true,
      order: {
        select: {
          id: true,
          status: true,
          mode: true,
          link: true,
          quantity: true,
          charge: true,
          refunded: true,
          providerOrderId: true,
          service: { select: { id: true, name: true } },
          user: { select: { id: true, email: true } },
        },
      },
    },
  });
  const page = rows.slice(0, PAGE);
  const requests = page.flatMap((row) =>
    isRequestKind(row.kind)
      ? [{ ...row, kind: row.kind, order: { ...row.order, charge: row.order.charge.toFixed(4), refunded: row.order.refunded.toFixed(4) } }]
      : [],
  );
  return { requests, nextAfter: rows.length > PAGE ? page[page.length - 1].id : null };
}
