import { db, type Prisma } from "@/lib/db";
import { notFound } from "@/lib/errors/app-error";
import { PROVIDER_PUBLIC_FIELDS, toProviderView } from "./provider-view";
import type { ProviderListQuery } from "./schemas";

/**
 * Active providers that need money: out of funds (balance ≤ 0) or below their own low-balance
 * threshold. An unknown balance (never checked) is not counted. lib/admin-console/waiting-work.ts
 * counts the same rows in SQL; its test holds the two together.
 */
export function lowBalanceWhere(): Prisma.ProviderWhereInput {
  return { status: "ACTIVE", OR: [{ balance: { lte: 0 } }, { balance: { lt: db.provider.fields.lowBalanceThreshold } }] };
}

export async function listProviders(query: ProviderListQuery = {}) {
  const rows = await db.provider.findMany({
    where: query.balance === "low" ? lowBalanceWhere() : {},
    orderBy: [{ status: "asc" }, { name: "asc" }],
    select: { ...PROVIDER_PUBLIC_FIELDS, _count: { select: { services: true } } },
  });
  return rows.map(toProviderView);
}

export async function getProvider(providerId: string) {
  const row = await db.provider.findUnique({ where: { id: providerId }, select: PROVIDER_PUBLIC_FIELDS });
  if (!row) throw notFound("Provider");
  return toProviderView(row);
}
