import type { PriceScope } from "@/lib/db/generated/enums";

/** The unique key of one customer price (customer_prices.target): one rule per target per customer. */
export function priceTarget(scope: PriceScope, categoryId?: string | null, serviceId?: number | null): string {
  if (scope === "ALL") return "all";
  if (scope === "CATEGORY") return `category:${categoryId}`;
  return `service:${serviceId}`;
}
