import { db, type Prisma } from "@/lib/db";
import { idWindowFor } from "./id-window";
import type { AdminOrderQuery } from "./schemas";

const SELECT = {
  id: true,
  status: true,
  mode: true,
  link: true,
  quantity: true,
  charge: true,
  refunded: true,
  remains: true,
  providerOrderId: true,
  createdAt: true,
  user: { select: { id: true, email: true } },
  service: { select: { id: true, name: true } },
  provider: { select: { id: true, name: true } },
} as const;

type Row = Prisma.OrderGetPayload<{ select: typeof SELECT }>;
const view = (row: Row) => ({ ...row, charge: row.charge.toFixed(4), refunded: row.refunded.toFixed(4) });
export type AdminOrderRow = ReturnType<typeof view>;

/** Days are the panel's (Asia/Dhaka, UTC+6, no daylight saving). */
const dayStart = (day: string) => new Date(`${day}T00:00:00+06:00`);
const nextDayStart = (day: string) => new Date(dayStart(day).getTime() + 86_400_000);
const MAX_INT = 2_147_483_647;

/**
 * The admin order list: filters (status, service, provider, user id or e-mail, mode, created-at days, or
 * created since an instant) and one search box (our id, provider order id, link fragment, user e-mail),
 * newest first, keyset-paged by id (`cursor` = last id seen), at most 100 a page. No total count: on a
 * million rows each predicate is an index probe and the page stops after `take` rows (indexes: see the
 * module's report).
 */
export async function listOrdersForAdmin(filter: AdminOrderQuery = {}) {
  const take = Math.min(Math.max(filter.take ?? 50, 1), 100);
  const where = await adminOrderWhere(filter);
  if (!where) return { orders: [], nextCursor: null };
  if (filter.cursor) where.AND = [...asArray(where.AND), { id: { lt: filter.cursor } }];
  const rows = await db.order.findMany({ where, orderBy: { id: "desc" }, take: take + 1, select: SELECT });
  const orders = rows.slice(0, take).map(view);
  return { orders, nextCursor: rows.length > take ? orders[orders.length - 1].id : null };
}

const asArray = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/**
 * The list's filters as a Prisma where (the list and the CSV export share it); null when nothing can
 * match (an unknown user, a search that finds no one, no orders in the window).
 */
export async function adminOrderWhere(filter: Omit<AdminOrderQuery, "cursor" | "take">): Promise<Prisma.OrderWhereInput | null> {
  const and: Prisma.OrderWhereInput[] = [];
  if (filter.user) {
    const userId = filter.user.includes("@")
      ? (await db.user.findUnique({ where: { email: filter.user.toLowerCase() }, select: { id: true } }))?.id
      : filter.user;
    if (!userId) return null;
    and.push({ userId });
  }
  const search = filter.q?.trim();
  if (search) {
    const match = await searchPredicate(search);
    if (!match) return null;
    and.push(match);
  }
  const since = filter.since ? new Date(filter.since) : undefined;
  const fromDay = filter.from ? dayStart(filter.from) : undefined;
  const from = since && fromDay ? new Date(Math.max(since.getTime(), fromDay.getTime())) : (since ?? fromDay);
  const to = filter.to ? nextDayStart(filter.to) : undefined;
  const idWindow = from || to ? await idWindowFor(from, to) : {};
  if (!idWindow) return null;
  return {
    status: filter.status,
    serviceId: filter.serviceId,
    providerId: filter.providerId,
    mode: filter.mode,
    ...(from || to ? { createdAt: { ...(from ? { gte: from } : {}), ...(to ? { lt: to } : {}) } } : {}),
    ...(Object.keys(idWindow).length ? { id: idWindow } : {}),
    ...(and.length ? { AND: and } : {}),
  };
}

/**
 * Digits: our id or a provider order id (both exact, indexed). Something with "@" and no "/": users
 * whose e-mail contains it (at most 50; then the (user_id, id) index). Anything else: a provider order
 * id, or a link fragment (case-insensitive; served by a trigram index on link).
 */
async function searchPredicate(search: string): Promise<Prisma.OrderWhereInput | null> {
  if (/^\d{1,10}$/.test(search)) {
    const id = Number(search);
    return { OR: [...(id <= MAX_INT ? [{ id }] : []), { providerOrderId: search }] };
  }
  if (search.includes("@") && !search.includes("/")) {
    const users = await db.user.findMany({ where: { email: { contains: search.toLowerCase() } }, select: { id: true }, take: 50 });
    return users.length ? { userId: { in: users.map((user) => user.id) } } : null;
  }
  return { OR: [{ providerOrderId: search }, { link: { contains: search, mode: "insensitive" } }] };
}
