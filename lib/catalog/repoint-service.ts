import { recordAudit } from "@/lib/audit/record-audit";
import { db, Prisma } from "@/lib/db";
import { AppError, invalidField, notFound } from "@/lib/errors/app-error";
import { money } from "@/lib/money/money";
import { getSetting } from "@/lib/settings/settings";
import { liveServiceChoice } from "./live-service-choice";
import { planSync, SYNCED_SELECT } from "./plan-sync";
import type { RepointServiceInput } from "./provider-move-schemas";
import { recordServiceChanges } from "./record-changes";

type Actor = { id: string; ip?: string | null; requestId?: string | null };

/**
 * Points a service at another provider's service, picked from that provider's live list: from now on new
 * orders go there. Orders already placed keep the provider and upstream service they were placed with
 * (orders.provider_service_id), so nothing in flight changes hands. The service then looks as the next
 * catalogue sync would make it: the provider's rate and currency, our rate through the service's own
 * markup (a hand-set rate is kept), its limits and options; a fallback that is now the same provider is
 * cleared. One transaction with the change log ("provider", and what the sync rules changed) and the audit
 * row. Another of our services already holding that provider's service is a 409 naming providerServiceId.
 */
export async function repointService(input: RepointServiceInput, actor: Actor) {
  const current = await db.service.findUnique({ where: { id: input.serviceId }, select: { type: true } });
  if (!current) throw notFound("Service");
  const choice = await liveServiceChoice(input.providerId, input.providerServiceId, current.type);
  const bdtPerUsd = money(await getSetting("exchange.bdtPerUsd"));
  try {
    return await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM services WHERE id = ${input.serviceId} FOR UPDATE`;
      const before = await tx.service.findUnique({
        where: { id: input.serviceId },
        select: {
          ...SYNCED_SELECT,
          providerId: true,
          providerCurrency: true,
          fallbackProviderId: true,
          provider: { select: { name: true } },
        },
      });
      if (!before) throw notFound("Service");
      if (before.providerId === input.providerId && before.providerServiceId === input.providerServiceId)
        throw invalidField("providerServiceId", "validation.providerMove.sameAsNow");
      const holder = await tx.service.findFirst({
        where: { providerId: input.providerId, providerServiceId: input.providerServiceId, id: { not: input.serviceId } },
        select: { id: true },
      });
      if (holder) throw alreadyInCatalogue(input.providerServiceId, holder.id);

      const { updates, changes } = planSync(
        [{ ...before, providerServiceId: input.providerServiceId }],
        [choice.service],
        choice.currency,
        bdtPerUsd,
      );
      const next = updates[0];
      const clearFallback = before.fallbackProviderId === input.providerId;
      await tx.service.update({
        where: { id: input.serviceId },
        data: {
          providerId: input.providerId,
          providerServiceId: input.providerServiceId,
          providerRate: choice.service.rate.toString(),
          providerCurrency: choice.currency,
          vanishedAt: null,
          ...(next
            ? { rate: next.rate, min: next.min, max: next.max, refill: next.refill, cancel: next.cancel, dripfeed: next.dripfeed }
            : {}),
          ...(clearFallback ? { fallbackProviderId: null, fallbackProviderServiceId: null, fallbackProviderRate: null } : {}),
        },
      });
      const was = {
        provider: before.provider?.name ?? null,
        providerServiceId: before.providerServiceId,
        providerRate: before.providerRate?.toString() ?? null,
      };
      const now = {
        provider: choice.providerName,
        providerServiceId: input.providerServiceId,
        providerRate: choice.service.rate.toString(),
      };
      await recordServiceChanges(tx, [
        { serviceId: input.serviceId, kind: "provider", source: "admin", before: was, after: now },
        ...changes.filter((change) => change.kind !== "returned").map((change) => ({ ...change, source: "admin" as const })),
      ]);
      await recordAudit(tx, {
        actorId: actor.id,
        action: "service.repoint",
        objectType: "service",
        objectId: String(input.serviceId),
        before: { ...was, providerId: before.providerId, rate: money(before.rate).toFixed(4) },
        after: { ...now, providerId: input.providerId, rate: next?.rate ?? money(before.rate).toFixed(4), fallbackCleared: clearFallback },
        ip: actor.ip ?? null,
        requestId: actor.requestId ?? null,
      });
      return { serviceId: input.serviceId, providerId: input.providerId, providerServiceId: input.providerServiceId };
    });
  } catch (error) {
    // Two admins pointing two services at the same provider service at once: the unique pair decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw alreadyInCatalogue(input.providerServiceId, null);
    throw error;
  }
}

function alreadyInCatalogue(providerServiceId: string, serviceId: number | null): AppError {
  const message = `this provider's service ${providerServiceId} is already in the catalogue${serviceId ? ` as service #${serviceId}` : ""}`;
  return new AppError("provider_service_taken", `providerServiceId: ${message}`, 409, {
    fields: { providerServiceId: [message] },
    otherServiceId: serviceId,
  });
}
