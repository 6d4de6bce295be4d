import { db } from "@/lib/db";
import { fetchProviderServices } from "./fetch-provider-services";

/** The provider's services for the import screen, marked when already in our catalogue. */
export async function providerServiceChoices(providerId: string) {
  const { services, currency } = await fetchProviderServices(providerId);
  const imported = new Set(
    (await db.service.findMany({ where: { providerId }, select: { providerServiceId: true } })).map((row) => row.providerServiceId),
  );
  return {
    currency,
    services: services.map((service) => ({
      serviceId: service.serviceId,
      name: service.name,
      category: service.category,
      type: service.type,
      rate: service.rate.toString(),
      min: service.min,
      max: service.max,
      refill: service.refill,
      cancel: service.cancel,
      dripfeed: service.dripfeed,
      imported: imported.has(service.serviceId),
    })),
  };
}
export type ProviderServiceChoices = Awaited<ReturnType<typeof providerServiceChoices>>;
