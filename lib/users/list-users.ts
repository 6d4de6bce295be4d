import { db, type Prisma } from "@/lib/db";
import type { UserListQuery, UserSort } from "./list-users-query";

export type UserListFilter = Partial<UserListQuery> & { take?: number; now?: Date };

type Dir = "asc" | "desc";
type SortField = "createdAt" | "depositedTotal" | "spentTotal" | "lastSignInAt";
const FIELD: Record<UserSort, SortField> = {
  joined: "createdAt",
  deposited: "depositedTotal",
  spent: "spentTotal",
  lastSignIn: "lastSignInAt",
};
const SELECT = {
  id: true,
  email: true,
  fullName: true,
  role: true,
  status: true,
  balance: true,
  depositedTotal: true,
  spentTotal: true,
  lastSignInAt: true,
  createdAt: true,
  priceGroup: { select: { id: true, name: true } },
} as const;

/**
 * Admin list: search by e-mail, name, phone or id; filter by role, status, price group ("none" = no
 * group), spent / deposited at least, signed in within N days or never; sorted by joined, deposited,
 * spent or last sign-in either way, ties broken by id the same way (a stable order). Keyset-paged:
 * `after` is the last user of the page before, and the next page starts strictly beyond its place.
 * A never-signed-in user counts as the oldest sign-in (last when newest first, first when oldest first).
 */
export async function listUsers(filter: UserListFilter = {}) {
  const take = Math.min(Math.max(filter.take ?? 25, 1), 100);
  const sort = filter.sort ?? "joined";
  const dir: Dir = filter.dir ?? "desc";
  const field = FIELD[sort];
  const and: Prisma.UserWhereInput[] = [filters(filter)];
  if (filter.after) {
    const cursor = await db.user.findUnique({
      where: { id: filter.after },
      select: { id: true, createdAt: true, depositedTotal: true, spentTotal: true, lastSignInAt: true },
    });
    if (!cursor) return { users: [], nextCursor: null };
    and.push(beyond(field, cursor[field], cursor.id, dir));
  }
  const rows = await db.user.findMany({
    where: { AND: and },
    orderBy: [
      field === "lastSignInAt" ? { lastSignInAt: { sort: dir, nulls: dir === "desc" ? "last" : "first" } } : { [field]: dir },
      { id: dir },
    ],
    take: take + 1,
    select: SELECT,
  });
  const users = rows.slice(0, take).map((row) => ({
    ...row,
    balance: row.balance.toFixed(4),
    depositedTotal: row.depositedTotal.toFixed(4),
    spentTotal: row.spentTotal.toFixed(4),
  }));
  return { users, nextCursor: rows.length > take ? users[users.length - 1].id : null };
}

function filters(filter: UserListFilter): Prisma.UserWhereInput {
  const search = filter.q?.trim();
  const now = filter.now ?? new Date();
  return {
    role: filter.role,
    status: filter.status,
    ...(filter.group ? { priceGroupId: filter.group === "none" ? null : filter.group } : {}),
    ...(filter.spentMin ? { spentTotal: { gte: filter.spentMin } } : {}),
    ...(filter.depositedMin ? { depositedTotal: { gte: filter.depositedMin } } : {}),
    ...(filter.signedIn
      ? { lastSignInAt: filter.signedIn === "never" ? null : { gte: new Date(now.getTime() - Number(filter.signedIn) * 86_400_000) } }
      : {}),
    ...(search
      ? {
          OR: [
            { email: { contains: search, mode: "insensitive" } },
            { fullName: { contains: search, mode: "insensitive" } },
            { phone: { contains: search } },
            { id: search },
          ],
        }
      : {}),
  };
}

/** Rows strictly after the cursor's place in (field dir NULLS lowest, id dir). */
function beyond(field: SortField, value: Prisma.Decimal | Date | null, id: string, dir: Dir): Prisma.UserWhereInput {
  const past = dir === "desc" ? "lt" : "gt";
  if (value === null) {
    // Only last sign-in is nullable: nulls come last newest-first, first oldest-first.
    return dir === "desc" ? { [field]: null, id: { lt: id } } : { OR: [{ [field]: null, id: { gt: id } }, { [field]: { not: null } }] };
  }
  const or: Prisma.UserWhereInput[] = [{ [field]: { [past]: value } }, { [field]: value, id: { [past]: id } }];
  if (field === "lastSignInAt" && dir === "desc") or.push({ lastSignInAt: null });
  return { OR: or };
}
