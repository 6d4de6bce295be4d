import type { ServiceType } from "@/lib/db/generated/enums";
import { db } from "@/lib/db";
import { invalidField, isAppError } from "@/lib/errors/app-error";
import type { ProviderService } from "@/lib/providers/client";
import { fetchProviderServices } from "./fetch-provider-services";

export type LiveChoice = { providerId: string; providerName: string; currency: string; service: ProviderService };

/** The form fields a refusal names (a service's fallback has its own). */
type Fields = { provider: string; service: string };
const DEFAULT_FIELDS: Fields = { provider: "providerId", service: "providerServiceId" };

/**
 * One service of another provider, checked against that provider's LIVE list (not a copy we keep): the
 * provider exists and is active, lists this id right now, and it is the same kind of service as ours
 * (`type`: an order's fields are sent by its service's type, so a comments order never goes to a
 * likes service). Every refusal is a 422 naming the field; nothing is written here.
 */
export async function liveServiceChoice(
  providerId: string,
  providerServiceId: string,
  type: ServiceType,
  fields: Fields = DEFAULT_FIELDS,
): Promise<LiveChoice> {
  const provider = await db.provider.findUnique({ where: { id: providerId }, select: { name: true, status: true } });
  if (!provider) throw invalidField(fields.provider, "validation.order.providerUnknown");
  if (provider.status !== "ACTIVE") throw invalidField(fields.provider, "validation.order.providerDisabled");
  let list: { services: ProviderService[]; currency: string };
  try {
    list = await fetchProviderServices(providerId);
  } catch (error) {
    // The provider did not give its list (unreachable, key refused …): said of the provider the admin chose.
    if (isAppError(error) && error.status < 500)
      throw invalidField(fields.provider, "validation.providerMove.listFailed", { detail: error.message.replace(/^\w+: /, "") });
    throw error;
  }
  const service = list.services.find((item) => item.serviceId === providerServiceId);
  if (!service) throw invalidField(fields.service, "validation.providerMove.notListed");
  if (service.type !== type) throw invalidField(fields.service, "validation.providerMove.otherType", { type: service.type });
  return { providerId, providerName: provider.name, currency: list.currency, service };
}
