import Decimal from "decimal.js";
import { MONEY_SCALE, money, type Money } from "@/lib/money/money";

/** Where a customer's price for one service came from, most specific first. */
export type PriceSource = "service" | "category" | "all" | "group" | "list";

/**
 * One customer's prices: fixed rates per service, percentages per category and on everything, and
 * their price group's percentage. Percentages are added to the list price: -10 is 10 % off.
 */
export type PriceBook = {
  serviceRates: ReadonlyMap<number, Money>;
  categoryPercents: ReadonlyMap<string, Money>;
  allPercent: Money | null;
  groupPercent: Money | null;
};

export const LIST_PRICES: PriceBook = { serviceRates: new Map(), categoryPercents: new Map(), allPercent: null, groupPercent: null };

export type PricedService = { id: number; categoryId: string; rate: Money | string | { toString(): string } };

/**
 * The list price moved by a percentage, rounded UP to 4 places (lib/money's scale): a discount never
 * rounds the panel below the percentage it promised, and a surcharge never rounds below it either.
 */
export function applyPercent(listRate: Money, percent: Money): Money {
  return listRate.times(money(100).plus(percent)).div(100).toDecimalPlaces(MONEY_SCALE, Decimal.ROUND_CEIL);
}

/**
 * The customer's price per 1,000 for a service: their fixed rate for it, else their percentage on its
 * category, else their percentage on everything, else their price group's, else the list price.
 */
export function customerRate(service: PricedService, book: PriceBook): { rate: Money; source: PriceSource } {
  const list = money(service.rate);
  const fixed = book.serviceRates.get(service.id);
  if (fixed) return { rate: fixed, source: "service" };
  const category = book.categoryPercents.get(service.categoryId);
  if (category) return { rate: applyPercent(list, category), source: "category" };
  if (book.allPercent) return { rate: applyPercent(list, book.allPercent), source: "all" };
  if (book.groupPercent) return { rate: applyPercent(list, book.groupPercent), source: "group" };
  return { rate: list, source: "list" };
}

export function isListPrices(book: PriceBook): boolean {
  return !book.serviceRates.size && !book.categoryPercents.size && !book.allPercent && !book.groupPercent;
}
