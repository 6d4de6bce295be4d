import { z } from "zod";
import { intId } from "@/lib/validation/int4";

const providerId = z.string().trim().min(1).max(64);
/** A service id in the provider's own list (API v2 ids are text: "12", "ig-likes-1"). */
const upstreamServiceId = z.string().trim().min(1).max(64);

/** Re-point a service: another provider, and one service of that provider's live list. */
export const repointServiceSchema = z.object({ serviceId: intId(), providerId, providerServiceId: upstreamServiceId });
export type RepointServiceInput = z.infer<typeof repointServiceSchema>;

/** A service's fallback provider: set (a provider and one service of its live list) or cleared. */
export const serviceFallbackSchema = z.discriminatedUnion("action", [
  z.object({
    action: z.literal("set"),
    serviceId: intId(),
    fallbackProviderId: providerId,
    fallbackProviderServiceId: upstreamServiceId,
  }),
  z.object({ action: z.literal("clear"), serviceId: intId() }),
]);
export type ServiceFallbackInput = z.infer<typeof serviceFallbackSchema>;
