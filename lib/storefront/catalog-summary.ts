import { db } from "@/lib/db";
import { platformOf, type PlatformKey } from "./platforms";

export type PlatformOffer = {
  /** A known platform (its name is a message), or a category that names none (its own name, as written). */
  platform: PlatformKey | null;
  key: PlatformKey | `category:${string}`;
  categoryName: string;
  services: number;
  /** The lowest list price per 1,000 among its services (packages apart), BDT as kept; null = packages only. */
  fromRate: string | null;
  /** Where "see services" leads: the platform's first category on /services. */
  categoryId: string;
};

/** What the panel sells, by platform, from the live catalogue (active services in active categories). */
export async function catalogSummary(limit = 8): Promise<PlatformOffer[]> {
  const [categories, perUnit, counts] = await Promise.all([
    db.category.findMany({
      where: { status: "ACTIVE" },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: { id: true, name: true },
    }),
    db.service.groupBy({
      by: ["categoryId"],
      where: { status: "ACTIVE", type: { notIn: ["PACKAGE", "CUSTOM_COMMENTS_PACKAGE"] } },
      _min: { rate: true },
    }),
    db.service.groupBy({ by: ["categoryId"], where: { status: "ACTIVE" }, _count: { _all: true } }),
  ]);
  const minRate = new Map(perUnit.map((row) => [row.categoryId, row._min.rate]));
  const count = new Map(counts.map((row) => [row.categoryId, row._count._all]));
  const offers = new Map<string, PlatformOffer>();
  for (const category of categories) {
    const services = count.get(category.id) ?? 0;
    if (services === 0) continue;
    const platform = platformOf(category.name);
    const key = platform ?? (`category:${category.id}` as const);
    const rate = minRate.get(category.id) ?? null;
    const offer = offers.get(key) ?? {
      platform,
      key,
      categoryName: category.name,
      services: 0,
      fromRate: null,
      categoryId: category.id,
    };
    offer.services += services;
    if (rate && (offer.fromRate === null || rate.lessThan(offer.fromRate))) offer.fromRate = rate.toFixed(4);
    offers.set(key, offer);
  }
  // Known platforms first (a visitor looks for them by name), then the biggest other categories.
  return [...offers.values()]
    .sort(
      (a, b) => Number(b.key.startsWith("category:") ? 0 : 1) - Number(a.key.startsWith("category:") ? 0 : 1) || b.services - a.services,
    )
    .slice(0, limit);
}
