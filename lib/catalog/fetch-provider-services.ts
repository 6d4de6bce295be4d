import { db } from "@/lib/db";
import { notFound } from "@/lib/errors/app-error";
import type { ProviderService } from "@/lib/providers/client";
import { providerClientFor } from "@/lib/providers/provider-client";
import { providerProblem } from "@/lib/providers/probe-provider";

/** The provider's current service list, with the currency its rates are in. */
export async function fetchProviderServices(providerId: string): Promise<{ services: ProviderService[]; currency: string }> {
  const provider = await db.provider.findUnique({ where: { id: providerId }, select: { currency: true } });
  if (!provider) throw notFound("Provider");
  const client = await providerClientFor(providerId);
  try {
    const services = await client.services();
    return { services, currency: provider.currency ?? "USD" };
  } catch (error) {
    throw providerProblem(error);
  }
}
