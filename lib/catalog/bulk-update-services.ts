import type { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors/app-error";
import { money } from "@/lib/money/money";
import { getSetting } from "@/lib/settings/settings";
import { invalidField } from "@/lib/errors/app-error";
import { priceFromProvider, UnsupportedCurrencyError, type PriceInput } from "./pricing";
import { recordServiceChanges, type ServiceChangeInput } from "./record-changes";
import type { bulkServicesSchema } from "./schemas";
import { writeServiceRates } from "./write-service-rates";

type Actor = { id: string; ip?: string | null };

/** Enable, disable, move or re-price many services in one transaction. */
export async function bulkUpdateServices(input: z.infer<typeof bulkServicesSchema>, actor: Actor) {
  return db.$transaction(async (tx) => {
    let affected = 0;
    if (input.action === "enable" || input.action === "disable") {
      const status = input.action === "enable" ? "ACTIVE" : "DISABLED";
      // Guarded: only rows whose status really changes are updated and logged, even under concurrency.
      const changed = await tx.$queryRaw<{ id: number }[]>`
        UPDATE services SET status = ${status}::"CatalogStatus", updated_at = now()
         WHERE id = ANY(${input.serviceIds}::int[]) AND status <> ${status}::"CatalogStatus" RETURNING id`;
      affected = changed.length;
      await recordServiceChanges(
        tx,
        changed.map((service) => ({ serviceId: service.id, kind: input.action === "enable" ? "enabled" : "disabled", source: "admin" })),
      );
    } else if (input.action === "move") {
      const category = await tx.category.findUnique({ where: { id: input.categoryId }, select: { id: true } });
      if (!category) throw notFound("Category");
      const moved = await tx.$queryRaw<{ id: number }[]>`
        UPDATE services SET category_id = ${input.categoryId}, updated_at = now()
         WHERE id = ANY(${input.serviceIds}::int[]) AND category_id <> ${input.categoryId} RETURNING id`;
      affected = moved.length;
      await recordServiceChanges(
        tx,
        moved.map((service) => ({ serviceId: service.id, kind: "moved", source: "admin", after: { categoryId: input.categoryId } })),
      );
    } else {
      const bdtPerUsd = money(await getSetting("exchange.bdtPerUsd"));
      const services = await tx.service.findMany({
        where: { id: { in: input.serviceIds }, providerRate: { not: null } },
        select: { id: true, rate: true, providerRate: true, providerCurrency: true },
      });
      const changes: ServiceChangeInput[] = [];
      const rates = services.map((service) => {
        const rate = priceOrRefuse({
          providerRate: money(service.providerRate!),
          providerCurrency: service.providerCurrency ?? "USD",
          bdtPerUsd,
          markup: { kind: input.markupKind, value: money(input.markupValue) },
          roundTo: input.roundTo ? money(input.roundTo) : null,
        });
        if (!rate.eq(money(service.rate))) {
          changes.push({
            serviceId: service.id,
            kind: "rate",
            source: "admin",
            before: { rate: service.rate.toFixed(4) },
            after: { rate: rate.toFixed(4) },
            priceRise: rate.gt(money(service.rate)),
          });
        }
        return { id: service.id, rate: rate.toFixed(4) };
      });
      await writeServiceRates(tx, rates, { markupKind: input.markupKind, markupValue: input.markupValue, roundTo: input.roundTo ?? null });
      await recordServiceChanges(tx, changes);
      affected = services.length;
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: `service.bulk.${input.action}`,
      objectType: "service",
      objectId: input.serviceIds.slice(0, 20).join(","),
      after: {
        count: affected,
        ...(input.action === "move" ? { categoryId: input.categoryId } : {}),
        ...(input.action === "reprice" ? { markupKind: input.markupKind, markupValue: input.markupValue } : {}),
      },
      ip: actor.ip,
    });
    return { affected };
  });
}

function priceOrRefuse(input: PriceInput) {
  try {
    return priceFromProvider(input);
  } catch (error) {
    if (error instanceof UnsupportedCurrencyError)
      throw invalidField("serviceIds", "validation.provider.currency", { currency: error.currency });
    throw error;
  }
}
