import { acceptedFields, ORDER_FIELDS, SERVICE_TYPES } from "@/lib/api-v2/service-types";
import type { ServiceType } from "@/lib/db/generated/enums";
import type { AddOrderParams } from "@/lib/providers/client";

type StoredOrder = { link: string; quantity: number; params: unknown; runQuantity: number | null };

/**
 * What the provider's `add` receives for a stored order: the type's fields from the order's stored
 * params (lib/api-v2/service-types.ts); a drip-feed sends its quantity per run (the order's
 * runQuantity) with runs and interval; a subscription sends username, min, max, posts and, when
 * given, old_posts, delay and expiry (dd/mm/yyyy) — the client writes the protocol's names.
 */
export function providerAddParams(type: ServiceType, providerServiceId: string, order: StoredOrder): AddOrderParams {
  const spec = SERVICE_TYPES[type];
  if (!spec.orderable) throw new RangeError(`${spec.wire} orders are not orderable`);
  const stored = (order.params ?? {}) as Record<string, string | number | undefined>;
  const dripfeed = stored.runs !== undefined;
  if (dripfeed && !order.runQuantity) throw new RangeError("a drip-feed order without its quantity per run");
  const params: AddOrderParams = { type, service: providerServiceId };
  if (spec.target === "link") params.link = order.link;
  const fields = params as Record<string, unknown>;
  for (const field of acceptedFields(type)) {
    const kind = ORDER_FIELDS[field].kind;
    if (field === "quantity") fields.quantity = dripfeed ? order.runQuantity : order.quantity;
    else if (field === "username" && spec.target === "username") fields.username = stored.username ?? order.link;
    else if (stored[field] !== undefined)
      fields[field] = kind === "count" || kind === "count0" ? Number(stored[field]) : String(stored[field]);
  }
  return params;
}
