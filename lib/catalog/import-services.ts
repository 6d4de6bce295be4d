import type { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { invalidField } from "@/lib/errors/app-error";
import { money } from "@/lib/money/money";
import { getSetting } from "@/lib/settings/settings";
import type { ProviderService } from "@/lib/providers/client";
import { fetchProviderServices } from "./fetch-provider-services";
import { priceFromProvider, UnsupportedCurrencyError } from "./pricing";
import { recordServiceChanges, type ServiceChangeInput } from "./record-changes";
import type { importSchema } from "./schemas";
import { upsertImportedServices, type ImportRow } from "./upsert-imported-services";

const BATCH = 1000;

export type ImportProgress = { done: number; total: number };
export type ImportResult = { created: number; updated: number; missing: string[]; total: number };
type Actor = { id: string; ip?: string | null };

/**
 * Imports the chosen provider services with a markup, in batches of 1,000 rows per statement.
 * Categories are the provider's own names (created when new) unless one category is chosen.
 */
export async function importServices(
  input: z.infer<typeof importSchema>,
  actor: Actor,
  onProgress?: (progress: ImportProgress) => void | Promise<void>,
  /** The provider's list when already at hand (the local seed); otherwise it is fetched. */
  list?: { services: ProviderService[]; currency: string },
): Promise<ImportResult> {
  const { services, currency } = list ?? (await fetchProviderServices(input.providerId));
  const wanted = new Set(input.providerServiceIds);
  const selected = services.filter((service) => wanted.has(service.serviceId));
  const missing = input.providerServiceIds.filter((id) => !selected.some((service) => service.serviceId === id));
  const total = selected.length;
  await onProgress?.({ done: 0, total });

  const categoryIds = await resolveCategories(
    input.categoryId ?? null,
    input.categoryMap ?? {},
    selected.map((service) => service.category),
  );
  const bdtPerUsd = money(await getSetting("exchange.bdtPerUsd"));
  const markup = { kind: input.markupKind, value: money(input.markupValue) };
  const roundTo = input.roundTo ? money(input.roundTo) : null;
  const existing = new Map(
    (
      await db.service.findMany({
        where: { providerId: input.providerId, providerServiceId: { in: selected.map((service) => service.serviceId) } },
        select: { id: true, providerServiceId: true, rate: true },
      })
    ).map((row) => [row.providerServiceId, row]),
  );

  let created = 0;
  let updated = 0;
  for (let start = 0; start < selected.length; start += BATCH) {
    const batch = selected.slice(start, start + BATCH);
    const rows: ImportRow[] = batch.map((service) => ({
      name: service.name.slice(0, 500),
      description: service.description,
      categoryId: categoryIds.get(service.category)!,
      providerServiceId: service.serviceId,
      type: service.type,
      rate: priceOf(service.rate, currency, bdtPerUsd, markup, roundTo),
      providerRate: service.rate.toString(),
      min: service.min,
      max: service.max,
      refill: service.refill,
      cancel: service.cancel,
      dripfeed: service.dripfeed,
    }));
    await db.$transaction(async (tx) => {
      const written = await upsertImportedServices(tx, rows, {
        providerId: input.providerId,
        providerCurrency: currency,
        markupKind: input.markupKind,
        markupValue: input.markupValue,
        roundTo: input.roundTo ?? null,
      });
      const rateOf = new Map(rows.map((row) => [row.providerServiceId, row.rate]));
      const changes: ServiceChangeInput[] = [];
      for (const row of written) {
        const newRate = money(rateOf.get(row.providerServiceId)!);
        const before = existing.get(row.providerServiceId);
        if (row.inserted) changes.push({ serviceId: row.id, kind: "created", source: "import", after: { rate: newRate.toFixed(4) } });
        else if (before && !money(before.rate).eq(newRate)) {
          changes.push({
            serviceId: row.id,
            kind: "rate",
            source: "import",
            before: { rate: before.rate.toFixed(4) },
            after: { rate: newRate.toFixed(4) },
            priceRise: newRate.gt(money(before.rate)),
          });
        }
      }
      await recordServiceChanges(tx, changes);
      created += written.filter((row) => row.inserted).length;
      updated += written.filter((row) => !row.inserted).length;
    });
    await onProgress?.({ done: Math.min(start + BATCH, total), total });
  }
  await db.$transaction((tx) =>
    recordAudit(tx, {
      actorId: actor.id,
      action: "catalog.import",
      objectType: "provider",
      objectId: input.providerId,
      after: { created, updated, missing: missing.length, markupKind: input.markupKind, markupValue: input.markupValue },
      ip: actor.ip,
    }),
  );
  return { created, updated, missing, total };
}

function priceOf(
  rate: Parameters<typeof money>[0],
  currency: string,
  bdtPerUsd: ReturnType<typeof money>,
  markup: { kind: "PERCENT" | "FIXED"; value: ReturnType<typeof money> },
  roundTo: ReturnType<typeof money> | null,
): string {
  try {
    return priceFromProvider({ providerRate: money(rate), providerCurrency: currency, bdtPerUsd, markup, roundTo }).toFixed(4);
  } catch (error) {
    if (error instanceof UnsupportedCurrencyError)
      throw invalidField("providerId", "validation.provider.currency", { currency: error.currency });
    throw error;
  }
}

/**
 * Category id per provider category name: the one chosen for all, else the admin's mapping, else
 * ours by the same name (created when missing).
 */
async function resolveCategories(chosen: string | null, mapping: Record<string, string>, names: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(names)];
  const wanted = chosen ? [chosen] : [...new Set(unique.map((name) => mapping[name]).filter((value): value is string => Boolean(value)))];
  const found = new Set((await db.category.findMany({ where: { id: { in: wanted } }, select: { id: true } })).map((row) => row.id));
  const unknown = wanted.find((categoryId) => !found.has(categoryId));
  if (unknown) throw invalidField(chosen ? "categoryId" : "categoryMap", "validation.provider.categoryMissing", { id: unknown });
  if (chosen) return new Map(unique.map((name) => [name, chosen]));

  const byName = (name: string) => name.slice(0, 80) || "Other";
  const unmapped = unique.filter((name) => !mapping[name]);
  const last = await db.category.aggregate({ _max: { sortOrder: true } });
  const base = last._max.sortOrder ?? 0;
  await db.category.createMany({
    data: unmapped.map((name, index) => ({ name: byName(name), sortOrder: base + (index + 1) * 10 })),
    skipDuplicates: true,
  });
  const rows = await db.category.findMany({ where: { name: { in: unmapped.map(byName) } }, select: { id: true, name: true } });
  const idByName = new Map(rows.map((row) => [row.name, row.id]));
  return new Map(unique.map((name) => [name, mapping[name] ?? idByName.get(byName(name))!]));
}
