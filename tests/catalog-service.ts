// A service as the order form receives it (components/orders/catalog-types.ts), for component and rule tests.
import type { CatalogService } from "@/components/orders/catalog-types";

/** Followers at ৳12.3457 per 1,000, 10–5,000, drip-feed allowed; `overrides` change what a test needs. */
export const catalogService = (overrides: Partial<CatalogService> = {}): CatalogService => ({
  id: 7,
  name: "Followers",
  description: null,
  type: "DEFAULT",
  rate: "12.3457",
  listRate: null,
  min: 10,
  max: 5000,
  refill: false,
  refillDays: null,
  cancel: false,
  dripfeed: true,
  ...overrides,
});
