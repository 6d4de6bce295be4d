import { db } from "@/lib/db";
import { notFound } from "@/lib/errors/app-error";

export async function getServiceForAdmin(serviceId: number) {
  const service = await db.service.findUnique({
    where: { id: serviceId },
    select: {
      id: true,
      name: true,
      description: true,
      categoryId: true,
      type: true,
      rate: true,
      providerRate: true,
      providerCurrency: true,
      markupKind: true,
      markupValue: true,
      min: true,
      max: true,
      mode: true,
      status: true,
      refill: true,
      refillDays: true,
      cancel: true,
      dripfeed: true,
      providerServiceId: true,
      vanishedAt: true,
      provider: { select: { id: true, name: true } },
      fallbackProviderServiceId: true,
      fallbackProviderRate: true,
      fallbackProvider: { select: { id: true, name: true } },
    },
  });
  if (!service) throw notFound("Service");
  return {
    ...service,
    rate: service.rate.toFixed(4),
    providerRate: service.providerRate?.toString() ?? null,
    markupValue: service.markupValue?.toString() ?? null,
    fallbackProviderRate: service.fallbackProviderRate?.toString() ?? null,
  };
}
