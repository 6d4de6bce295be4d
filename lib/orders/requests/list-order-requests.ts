import type { RequestStatus } from "@/lib/db/generated/enums";
import { db } from "@/lib/db";
import { isRequestKind } from "./request-kind";
import type { RequestKind } from "./request-states";

export type OwnOrderRequest = { id: string; orderId: number; kind: RequestKind; status: RequestStatus; message: string | null; createdAt: Date };

const MAX_IDS = 100;

/** The customer's own requests for some of their orders, latest first (the owner is in the query). */
export async function listOrderRequests(userId: string, orderIds: number[]): Promise<OwnOrderRequest[]> {
  const ids = [...new Set(orderIds.filter((id) => Number.isSafeInteger(id) && id > 0 && id <= 2_147_483_647))].slice(0, MAX_IDS);
  if (ids.length === 0) return [];
  const rows = await db.orderRequest.findMany({
    where: { userId, orderId: { in: ids } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, orderId: true, kind: true, status: true, message: true, createdAt: true },
  });
  return rows.flatMap((row) => (isRequestKind(row.kind) ? [{ ...row, kind: row.kind }] : []));
}

export type AdminRequestFilter = { kind?: RequestKind; status?: RequestStatus; take?: number };

/**
 * The admin queue: latest requests first, with the order, its customer's e-mail and the service name.
 * The caller (handler or action) checks the admin permission.
 */
export async function listRequestsForAdmin(filter: AdminRequestFilter = {}) {
  const take = Math.min(Math.max(filter.take ?? 50, 1), 200);
  const rows = await db.orderRequest.findMany({
    where: { kind: filter.kind, status: filter.status },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, orderId: true, kind: true, status: true, message: true, providerRequestId: true, createdAt: true, updatedAt: true },
  });
  const orders = await db.order.findMany({
    where: { id: { in: [...new Set(rows.map((row) => row.orderId))] } },
    select: { id: true, status: true, mode: true, providerOrderId: true, user: { select: { email: true } }, service: { select: { name: true } } },
  });
  const byId = new Map(orders.map((order) => [order.id, order]));
  return rows.map((row) => {
    const order = byId.get(row.orderId);
    return {
      ...row,
      orderStatus: order?.status ?? null,
      orderMode: order?.mode ?? null,
      providerOrderId: order?.providerOrderId ?? null,
      userEmail: order?.user.email ?? null,
      serviceName: order?.service.name ?? null,
    };
  });
}
