import { db } from "@/lib/db";
import { notFound } from "@/lib/errors/app-error";
import { PROVIDER_PUBLIC_FIELDS, toProviderView } from "./provider-view";

export async function listProviders() {
  const rows = await db.provider.findMany({
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
