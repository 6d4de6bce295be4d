import { db } from "@/lib/db";

/** An open child order whose status the sync still asks (unknown or not final yet). */
export type OpenChild = { id: string; orderId: number; providerOrderId: string };

/** The orders of one batch, their open children, and its `status` calls (≤ perCall ids each). */
export type SyncBatch<O> = { orders: O[]; children: OpenChild[]; calls: string[][] };

type Packable = { id: number; providerOrderId: string | null };

/**
 * Packs orders with their open children into batches whose ids fit one `status` call of `perCall` ids,
 * so a parent and its children are asked in the same call and applied together. Only an order with more
 * children than one call holds gets a batch of several calls.
 */
export function packBatches<O extends Packable>(orders: O[], childrenOf: Map<number, OpenChild[]>, perCall: number): SyncBatch<O>[] {
  const batches: SyncBatch<O>[] = [];
  let orderList: O[] = [];
  let children: OpenChild[] = [];
  let ids = new Set<string>();
  const close = () => {
    if (orderList.length === 0) return;
    const all = [...ids];
    const calls: string[][] = [];
    for (let start = 0; start < all.length; start += perCall) calls.push(all.slice(start, start + perCall));
    batches.push({ orders: orderList, children, calls });
    orderList = [];
    children = [];
    ids = new Set();
  };
  for (const order of orders) {
    const own = childrenOf.get(order.id) ?? [];
    const unit = new Set([order.providerOrderId!, ...own.map((child) => child.providerOrderId)]);
    const added = [...unit].filter((id) => !ids.has(id)).length;
    if (ids.size + added > perCall) close();
    orderList.push(order);
    children.push(...own);
    for (const id of unit) ids.add(id);
  }
  close();
  return batches;
}

const FINAL_CHILD = ["COMPLETED", "PARTIAL", "CANCELED", "FORWARD_FAILED"] as const;

/** The open children of these orders (drip-feeds and subscriptions), by order; nothing asked for none. */
export async function loadOpenChildren(orderIds: number[]): Promise<Map<number, OpenChild[]>> {
  const byOrder = new Map<number, OpenChild[]>();
  if (orderIds.length === 0) return byOrder;
  const rows = await db.orderChild.findMany({
    where: { orderId: { in: orderIds }, OR: [{ status: null }, { status: { notIn: [...FINAL_CHILD] } }] },
    select: { id: true, orderId: true, providerOrderId: true },
    orderBy: { createdAt: "asc" },
  });
  for (const row of rows) byOrder.set(row.orderId, [...(byOrder.get(row.orderId) ?? []), row]);
  return byOrder;
}
