import { db } from "@/lib/db";

/** Price groups with how many customers are in each, by name. */
export async function listPriceGroups() {
  const groups = await db.priceGroup.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, percent: true, _count: { select: { users: true } } },
  });
  return groups.map((group) => ({ id: group.id, name: group.name, percent: group.percent.toFixed(2), members: group._count.users }));
}

/** One customer's own prices for the admin's user page: everything first, then categories, then services. */
export async function listCustomerPrices(userId: string) {
  const prices = await db.customerPrice.findMany({
    where: { userId },
    orderBy: [{ scope: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      scope: true,
      percent: true,
      rate: true,
      category: { select: { id: true, name: true } },
      service: { select: { id: true, name: true, rate: true } },
    },
  });
  return prices.map((price) => ({
    id: price.id,
    scope: price.scope,
    percent: price.percent?.toFixed(2) ?? null,
    rate: price.rate?.toFixed(4) ?? null,
    category: price.category,
    service: price.service ? { id: price.service.id, name: price.service.name, listRate: price.service.rate.toFixed(4) } : null,
  }));
}
