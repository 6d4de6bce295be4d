import type { OrderStatus, SubscriptionStatus } from "@/lib/db/generated/enums";
import { db, type Prisma } from "@/lib/db";

export type OwnOrderFilter = { status?: OrderStatus; search?: string; cursor?: number; take?: number };

const SELECT = {
  id: true,
  status: true,
  link: true,
  quantity: true,
  charge: true,
  refunded: true,
  startCount: true,
  remains: true,
  createdAt: true,
  finishedAt: true,
  runs: true,
  runsDone: true,
  subscriptionStatus: true,
  subscriptionPosts: true,
  postsDone: true,
  expiresAt: true,
  _count: { select: { children: true } },
  service: { select: { id: true, name: true, refill: true, refillDays: true, cancel: true } },
} as const;

type Row = Prisma.OrderGetPayload<{ select: typeof SELECT }>;
const view = (row: Row) => ({ ...row, charge: row.charge.toFixed(4), refunded: row.refunded.toFixed(4) });
export type OwnOrder = ReturnType<typeof view>;

/** A customer's orders, newest first, keyset-paged by id; search by our id or link. Owner in the query. */
export async function listOwnOrders(userId: string, filter: OwnOrderFilter = {}) {
  const take = Math.min(Math.max(filter.take ?? 25, 1), 100);
  const search = filter.search?.trim();
  const numeric = search && /^\d{1,9}$/.test(search) ? Number(search) : undefined;
  const rows = await db.order.findMany({
    where: {
      userId,
      status: filter.status,
      ...(filter.cursor ? { id: { lt: filter.cursor } } : {}),
      ...(search ? { OR: [...(numeric ? [{ id: numeric }] : []), { link: { contains: search, mode: "insensitive" as const } }] } : {}),
    },
    orderBy: { id: "desc" },
    take: take + 1,
    select: SELECT,
  });
  const orders = rows.slice(0, take).map(view);
  return { orders, nextCursor: rows.length > take ? orders[orders.length - 1].id : null };
}

/** Live view: the current state of some of this customer's orders (the page polls open ones only). */
export async function ownOrderStatuses(userId: string, orderIds: number[]) {
  const rows = await db.order.findMany({ where: { userId, id: { in: orderIds.slice(0, 100) } }, select: SELECT });
  return rows.map(view);
}

type StateRow = {
  id: number;
  status: OrderStatus;
  quantity: number;
  charge: string;
  refunded: string;
  start_count: number | null;
  remains: number | null;
  runs: number | null;
  runs_done: number | null;
  subscription_status: SubscriptionStatus | null;
  subscription_posts: number | null;
  posts_done: number | null;
  expires_at: Date | null;
  children: number;
};

/**
 * The states alone of up to 100 of this customer's orders, for API v2 `status`: one query, numbers as
 * text (a reseller polling 100 orders at a time is the API's hottest call; mapping Prisma's rows took
 * a third of the read's time). Owner in the query.
 */
export async function ownOrderStates(userId: string, orderIds: number[]) {
  // A database function, so its plan is made once per connection (migration api_read_functions).
  const rows = await db.$queryRaw<StateRow[]>`SELECT * FROM own_order_states(${userId}, ${orderIds.slice(0, 100)}::int[])`;
  return rows.map((row) => ({
    id: row.id,
    status: row.status,
    quantity: row.quantity,
    charge: row.charge,
    refunded: row.refunded,
    startCount: row.start_count,
    remains: row.remains,
    runs: row.runs,
    runsDone: row.runs_done,
    subscriptionStatus: row.subscription_status,
    subscriptionPosts: row.subscription_posts,
    postsDone: row.posts_done,
    expiresAt: row.expires_at,
    _count: { children: row.children },
  }));
}
