import { SERVICE_TYPES, takesDripfeed, type OrderField } from "@/lib/api-v2/service-types";
import type { OrderInput } from "@/lib/orders/schemas";
import type { priceCatalog } from "@/lib/pricing/customer-catalog";

/** The customer catalogue, at the customer's own prices, as the order form receives it from the page. */
export type CatalogCategory = ReturnType<typeof priceCatalog>[number];
export type CatalogService = CatalogCategory["services"][number];
export type ServiceType = CatalogService["type"];

type FormField = Extract<OrderField, keyof OrderInput>;

/** The fields each service type asks for on the form (lib/api-v2/service-types.ts; drip-feed apart, subscriptions' options included). */
export function fieldsFor(type: ServiceType): FormField[] {
  const spec = SERVICE_TYPES[type];
  if (!spec.orderable) return [];
  const optional = takesDripfeed(type) ? [] : (spec.optional ?? []);
  return [...spec.fields, ...optional] as FormField[];
}

/** A package is bought whole: its price is per package, and min/max do not apply. */
export const perPackage = (service: Pick<CatalogService, "type">) =>
  service.type === "PACKAGE" || service.type === "CUSTOM_COMMENTS_PACKAGE";
