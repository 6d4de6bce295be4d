import { db, type Prisma } from "@/lib/db";

export type ServiceFilter = {
  search?: string;
  categoryId?: string;
  providerId?: string;
  status?: "ACTIVE" | "DISABLED";
  page?: number;
  pageSize?: number;
};

/** Admin catalogue list: search by name or id, filter by category, provider and status. */
export async function listServicesForAdmin(filter: ServiceFilter = {}) {
  const pageSize = Math.min(Math.max(filter.pageSize ?? 50, 1), 200);
  const page = Math.max(filter.page ?? 1, 1);
  const search = filter.search?.trim();
  const numeric = search && /^\d{1,9}$/.test(search) ? Number(search) : undefined; // ids are 32-bit
  const where: Prisma.ServiceWhereInput = {
    categoryId: filter.categoryId,
    providerId: filter.providerId,
    status: filter.status,
    ...(search
      ? { OR: [{ name: { contains: search, mode: "insensitive" } }, ...(numeric ? [{ id: numeric }] : []), { providerServiceId: search }] }
      : {}),
  };
  const [total, rows] = await Promise.all([
    db.service.count({ where }),
    db.service.findMany({
      where,
      orderBy: [{ category: { sortOrder: "asc" } }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        name: true,
        type: true,
        rate: true,
        providerRate: true,
        providerCurrency: true,
        markupKind: true,
        markupValue: true,
        min: true,
        max: true,
        mode: true,
        status: true,
        refill: true,
        refillDays: true,
        cancel: true,
        dripfeed: true,
        vanishedAt: true,
        providerServiceId: true,
        description: true,
        category: { select: { id: true, name: true } },
        provider: { select: { id: true, name: true } },
      },
    }),
  ]);
  const services = rows.map((row) => ({
    ...row,
    rate: row.rate.toFixed(4),
    providerRate: row.providerRate?.toString() ?? null,
    markupValue: row.markupValue?.toString() ?? null,
  }));
  return { services, total, page, pageSize };
}
