import { conflict } from "@/lib/errors/app-error";
import type { Db, Prisma, Tx } from "@/lib/db";
import { providerCostBdt, UnsupportedCurrencyError } from "@/lib/catalog/pricing";
import { money, type Money } from "@/lib/money/money";
import { getSetting } from "@/lib/settings/settings";

export type BelowCostService = { id: number; name: string; price: string; cost: string };

/** How many of them an admin is shown in the confirmation (the count covers all). */
const SHOWN = 5;

/**
 * The active provider services in `where` that `price` (list rate → the new customer price) would
 * sell below what their provider charges us, in BDT at the panel's exchange rate. Manual services
 * have no provider cost and never count.
 */
export async function servicesBelowCost(
  client: Db | Tx,
  where: Prisma.ServiceWhereInput,
  price: (service: { id: number; rate: Money }) => Money,
): Promise<BelowCostService[]> {
  const [services, bdtPerUsd] = await Promise.all([
    client.service.findMany({
      where: { ...where, status: "ACTIVE", mode: "AUTO", providerRate: { not: null } },
      orderBy: { id: "asc" },
      select: { id: true, name: true, rate: true, providerRate: true, providerCurrency: true, provider: { select: { currency: true } } },
    }),
    getSetting("exchange.bdtPerUsd"),
  ]);
  const below: BelowCostService[] = [];
  for (const service of services) {
    const cost = costBdt(service.providerRate!, service.providerCurrency ?? service.provider?.currency ?? "USD", money(bdtPerUsd));
    if (!cost) continue;
    const own = price({ id: service.id, rate: money(service.rate) });
    if (own.lt(cost)) below.push({ id: service.id, name: service.name, price: own.toFixed(4), cost: cost.toFixed(4) });
  }
  return below;
}

function costBdt(rate: { toString(): string }, currency: string, bdtPerUsd: Money): Money | null {
  try {
    return providerCostBdt(money(rate), currency, bdtPerUsd);
  } catch (error) {
    if (error instanceof UnsupportedCurrencyError) return null;
    throw error;
  }
}

/** Refuses a price below cost (409 `below_cost`, naming the first few services) unless the admin confirmed it. */
export function assertNotBelowCost(below: BelowCostService[], confirmed: boolean | undefined): void {
  if (below.length === 0 || confirmed) return;
  throw conflict(
    "below_cost",
    `${below.length} service(s) would sell below what the provider charges: confirm to save anyway`,
    { count: below.length, services: below.slice(0, SHOWN) },
    { count: below.length },
  );
}
