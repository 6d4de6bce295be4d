import { listActiveServices } from "@/lib/catalog/list-active-services";
import { customerRate, LIST_PRICES, type PriceBook } from "./customer-rate";
import { loadPriceBook } from "./load-price-book";

type ActiveCategory = Awaited<ReturnType<typeof listActiveServices>>[number];

/**
 * The catalogue at one customer's prices: `rate` is what they pay per 1,000, and `listRate` the list
 * price it departs from (null when they pay the list price), so a page can show the saving.
 */
export function priceCatalog(categories: ActiveCategory[], book: PriceBook) {
  return categories.map((category) => ({
    ...category,
    services: category.services.map((service) => {
      const { rate, source } = customerRate({ id: service.id, categoryId: category.id, rate: service.rate }, book);
      const own = rate.toFixed(4);
      return { ...service, rate: own, listRate: source === "list" || own === service.rate ? null : service.rate };
    }),
  }));
}

/** The active catalogue as this customer sees it (web pages and API v2 `services`). */
export async function listCustomerServices(userId: string) {
  const [categories, book] = await Promise.all([listActiveServices(), loadPriceBook(userId)]);
  return priceCatalog(categories, book);
}

/** The catalogue at list prices, for visitors (the public services page). */
export async function listPublicServices() {
  return priceCatalog(await listActiveServices(), LIST_PRICES);
}
