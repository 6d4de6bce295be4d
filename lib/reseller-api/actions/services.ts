import { listCustomerServices } from "@/lib/pricing/customer-catalog";
import type { WireService } from "@/lib/api-v2/wire-service";
import type { ApiContext } from "../context";
import { SERVICE_TYPES } from "@/lib/api-v2/service-types";
import { wireServiceType } from "@/lib/api-v2/type-names";
import { wireAmount } from "../wire";

/**
 * The customer catalogue (the same list the web shows) at the caller's prices, every type `add` takes
 * (lib/api-v2/service-types.ts `orderable`; subscriptions included since issue 19).
 */
export async function listServices(context: ApiContext): Promise<WireService[]> {
  const categories = await listCustomerServices(context.caller.userId);
  return categories.flatMap((category) =>
    category.services
      .filter((service) => SERVICE_TYPES[service.type].orderable)
      .map((service) => ({
        service: service.id,
        name: service.name,
        type: wireServiceType(service.type),
        category: category.name,
        rate: wireAmount(service.rate, context.wire),
        min: String(service.min),
        max: String(service.max),
        refill: service.refill,
        cancel: service.cancel,
        dripfeed: service.dripfeed,
        desc: service.description ?? "",
      })),
  );
}
