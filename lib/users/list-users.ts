import { db, type Prisma } from "@/lib/db";

export type UserListFilter = {
  search?: string;
  role?: "CUSTOMER" | "SUPPORT" | "ADMIN";
  status?: "ACTIVE" | "SUSPENDED";
  cursor?: string;
  take?: number;
};

/** Admin list: search by e-mail, name or phone; newest first; keyset-paged. */
export async function listUsers(filter: UserListFilter = {}) {
  const take = Math.min(Math.max(filter.take ?? 25, 1), 100);
  const search = filter.search?.trim();
  const where: Prisma.UserWhereInput = {
    role: filter.role,
    status: filter.status,
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
  const rows = await db.user.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: take + 1,
    ...(filter.cursor ? { cursor: { id: filter.cursor }, skip: 1 } : {}),
    select: { id: true, email: true, fullName: true, role: true, status: true, balance: true, createdAt: true },
  });
  const users = rows.slice(0, take).map((row) => ({ ...row, balance: row.balance.toFixed(4) }));
  return { users, nextCursor: rows.length > take ? users[users.length - 1].id : null };
}
