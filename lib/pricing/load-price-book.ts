import { db, type Db, type Tx } from "@/lib/db";
import { money, type Money } from "@/lib/money/money";
import type { PriceBook } from "./customer-rate";

/** One of a customer's own prices as stored (CustomerPrice), decimals as text. */
export type CustomerPriceRow = {
  scope: string;
  categoryId: string | null;
  serviceId: number | null;
  percent: { toString(): string } | null;
  rate: { toString(): string } | null;
};

/** One customer's price book: their price group and their own prices, in one query. */
export async function loadPriceBook(userId: string, client: Db | Tx = db): Promise<PriceBook> {
  const user = await client.user.findUnique({
    where: { id: userId },
    select: {
      priceGroup: { select: { percent: true } },
      customerPrices: { select: { scope: true, categoryId: true, serviceId: true, percent: true, rate: true } },
    },
  });
  return priceBookFrom(user?.customerPrices ?? [], user?.priceGroup?.percent ?? null);
}

/** The price book from a customer's price rows and their group's percentage (null: no group). */
export function priceBookFrom(prices: readonly CustomerPriceRow[], groupPercent: { toString(): string } | null): PriceBook {
  const serviceRates = new Map<number, Money>();
  const categoryPercents = new Map<string, Money>();
  let allPercent: Money | null = null;
  for (const price of prices) {
    if (price.scope === "SERVICE" && price.serviceId !== null && price.rate) serviceRates.set(price.serviceId, money(price.rate));
    else if (price.scope === "CATEGORY" && price.categoryId && price.percent) categoryPercents.set(price.categoryId, money(price.percent));
    else if (price.scope === "ALL" && price.percent) allPercent = money(price.percent);
  }
  return { serviceRates, categoryPercents, allPercent, groupPercent: groupPercent ? money(groupPercent) : null };
}
