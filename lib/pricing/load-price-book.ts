import { db, type Db, type Tx } from "@/lib/db";
import { money, type Money } from "@/lib/money/money";
import type { PriceBook } from "./customer-rate";

/** One customer's price book: their price group and their own prices, in one query. */
export async function loadPriceBook(userId: string, client: Db | Tx = db): Promise<PriceBook> {
  const user = await client.user.findUnique({
    where: { id: userId },
    select: {
      priceGroup: { select: { percent: true } },
      customerPrices: { select: { scope: true, categoryId: true, serviceId: true, percent: true, rate: true } },
    },
  });
  const serviceRates = new Map<number, Money>();
  const categoryPercents = new Map<string, Money>();
  let allPercent: Money | null = null;
  for (const price of user?.customerPrices ?? []) {
    if (price.scope === "SERVICE" && price.serviceId !== null && price.rate) serviceRates.set(price.serviceId, money(price.rate));
    else if (price.scope === "CATEGORY" && price.categoryId && price.percent) categoryPercents.set(price.categoryId, money(price.percent));
    else if (price.scope === "ALL" && price.percent) allPercent = money(price.percent);
  }
  const group = user?.priceGroup?.percent;
  return { serviceRates, categoryPercents, allPercent, groupPercent: group ? money(group) : null };
}
