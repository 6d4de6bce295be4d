import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { invalidField, notFound } from "@/lib/errors/app-error";
import { liveServiceChoice, type LiveChoice } from "./live-service-choice";
import type { ServiceFallbackInput } from "./provider-move-schemas";
import { recordServiceChanges } from "./record-changes";

type Actor = { id: string; ip?: string | null; requestId?: string | null };

const FIELDS = { provider: "fallbackProviderId", service: "fallbackProviderServiceId" };

/**
 * Sets a service's fallback (another provider, and one service of its live list with its rate) or clears
 * it. After the main provider definitely refuses an order (a bad link excepted), forwardOrder sends it
 * there once (lib/orders/forward-fallback.ts). The fallback must be another provider than the service's
 * own. One transaction with a "fallback" change-log line and the audit row; clearing nothing writes nothing.
 */
export async function setServiceFallback(input: ServiceFallbackInput, actor: Actor) {
  const current = await db.service.findUnique({ where: { id: input.serviceId }, select: { type: true, providerId: true } });
  if (!current) throw notFound("Service");
  let choice: LiveChoice | null = null;
  if (input.action === "set") {
    if (input.fallbackProviderId === current.providerId)
      throw invalidField(FIELDS.provider, "validation.providerMove.fallbackSameProvider");
    choice = await liveServiceChoice(input.fallbackProviderId, input.fallbackProviderServiceId, current.type, FIELDS);
  }
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM services WHERE id = ${input.serviceId} FOR UPDATE`;
    const before = await tx.service.findUnique({
      where: { id: input.serviceId },
      select: {
        providerId: true,
        fallbackProviderId: true,
        fallbackProviderServiceId: true,
        fallbackProviderRate: true,
        fallbackProvider: { select: { name: true } },
      },
    });
    if (!before) throw notFound("Service");
    // Re-pointed to the chosen provider while its list was being read.
    if (choice && choice.providerId === before.providerId)
      throw invalidField(FIELDS.provider, "validation.providerMove.fallbackSameProvider");
    if (!choice && !before.fallbackProviderId) return { serviceId: input.serviceId, changed: false };
    const after = choice
      ? {
          fallbackProviderId: choice.providerId,
          fallbackProviderServiceId: choice.service.serviceId,
          fallbackProviderRate: choice.service.rate.toString(),
        }
      : { fallbackProviderId: null, fallbackProviderServiceId: null, fallbackProviderRate: null };
    await tx.service.update({ where: { id: input.serviceId }, data: after });
    const was = {
      fallbackProvider: before.fallbackProvider?.name ?? null,
      fallbackProviderServiceId: before.fallbackProviderServiceId,
      fallbackProviderRate: before.fallbackProviderRate?.toString() ?? null,
    };
    const now = {
      fallbackProvider: choice?.providerName ?? null,
      fallbackProviderServiceId: after.fallbackProviderServiceId,
      fallbackProviderRate: after.fallbackProviderRate,
    };
    await recordServiceChanges(tx, [{ serviceId: input.serviceId, kind: "fallback", source: "admin", before: was, after: now }]);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "service.fallback",
      objectType: "service",
      objectId: String(input.serviceId),
      before: { ...was, fallbackProviderId: before.fallbackProviderId },
      after: { ...now, fallbackProviderId: after.fallbackProviderId },
      ip: actor.ip ?? null,
      requestId: actor.requestId ?? null,
    });
    return { serviceId: input.serviceId, changed: true };
  });
}
