import { db } from "@/lib/db";

/** Active providers by name, for pickers that move work between providers (no key, no figures). */
export async function activeProviderNames(): Promise<{ id: string; name: string }[]> {
  return db.provider.findMany({ where: { status: "ACTIVE" }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}
