import { db } from "@/lib/db";

/** The customer catalogue: active services in active categories, in the admins' order. */
export async function listActiveServices(search?: string) {
  const text = search?.trim();
  const numeric = text && /^\d{1,9}$/.test(text) ? Number(text) : undefined; // ids are 32-bit
  const categories = await db.category.findMany({
    where: { status: "ACTIVE" },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      description: true,
      services: {
        where: {
          status: "ACTIVE",
          ...(text ? { OR: [{ name: { contains: text, mode: "insensitive" } }, ...(numeric ? [{ id: numeric }] : [])] } : {}),
        },
        orderBy: { id: "asc" },
        select: {
          id: true,
          name: true,
          description: true,
          type: true,
          rate: true,
          min: true,
          max: true,
          refill: true,
          refillDays: true,
          cancel: true,
          dripfeed: true,
        },
      },
    },
  });
  return categories
    .filter((category) => category.services.length > 0)
    .map((category) => ({ ...category, services: category.services.map((service) => ({ ...service, rate: service.rate.toFixed(4) })) }));
}

/**
 * "Service updates" customers see, newest first, price rises flagged. Only our own figures leave
 * here: what the provider charges us never does.
 */
export async function listServiceUpdates(take = 50) {
  const rows = await db.serviceChange.findMany({
    where: {
      OR: [
        { kind: { in: ["rate", "limits", "created", "enabled"] }, service: { status: "ACTIVE" } },
        { kind: { in: ["vanished", "disabled"] } },
      ],
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(take, 200),
    select: {
      id: true,
      kind: true,
      before: true,
      after: true,
      priceRise: true,
      createdAt: true,
      service: { select: { id: true, name: true } },
    },
  });
  return rows
    .map((row) => ({
      id: row.id,
      kind: row.kind,
      createdAt: row.createdAt,
      priceRise: row.priceRise,
      serviceId: row.service.id,
      serviceName: row.service.name,
      before: pick(row.before),
      after: pick(row.after),
    }))
    .filter(
      (row) => row.kind !== "rate" || (row.before.rate !== undefined && row.after.rate !== undefined && row.before.rate !== row.after.rate),
    );
}

function pick(value: unknown): { rate?: string; min?: number; max?: number } {
  if (typeof value !== "object" || value === null) return {};
  const record = value as Record<string, unknown>;
  return {
    rate: typeof record.rate === "string" ? record.rate : undefined,
    min: typeof record.min === "number" ? record.min : undefined,
    max: typeof record.max === "number" ? record.max : undefined,
  };
}
