import { db } from "@/lib/db";

/** The full service-change log for admins (provider figures included), newest first. */
export async function listServiceChangesForAdmin(
  options: { serviceId?: number; source?: "sync" | "import" | "admin"; take?: number } = {},
) {
  return db.serviceChange.findMany({
    where: { serviceId: options.serviceId, source: options.source },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(options.take ?? 100, 500),
    select: {
      id: true,
      kind: true,
      source: true,
      before: true,
      after: true,
      priceRise: true,
      createdAt: true,
      service: { select: { id: true, name: true } },
    },
  });
}
