import { acceptedFields, ORDER_FIELDS, SERVICE_TYPES } from "@/lib/api-v2/service-types";
import type { ServiceType } from "@/lib/db/generated/enums";
import type { AddOrderParams } from "@/lib/providers/client";

type StoredOrder = { link: string; quantity: number; params: unknown };

/**
 * What the provider's `add` receives for a stored order: the type's fields from the order's stored
 * params (lib/api-v2/service-types.ts), the quantity per run for drip-feed.
 */
export function providerAddParams(type: ServiceType, providerServiceId: string, order: StoredOrder): AddOrderParams {
  const spec = SERVICE_TYPES[type];
  if (!spec.orderable) throw new RangeError(`${spec.wire} orders are not supported yet`);
  const stored = (order.params ?? {}) as Record<string, string | number | undefined>;
  const runs = typeof stored.runs === "number" ? stored.runs : undefined;
  const params: AddOrderParams = { type, service: providerServiceId, link: order.link };
  const fields = params as Record<string, unknown>;
  for (const field of acceptedFields(type)) {
    if (field === "quantity") fields.quantity = runs ? Math.floor(order.quantity / runs) : order.quantity;
    else if (stored[field] !== undefined)
      fields[field] = ORDER_FIELDS[field].kind === "count" ? Number(stored[field]) : String(stored[field]);
  }
  return params;
}
