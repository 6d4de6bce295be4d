import { db } from "@/lib/db";
import { invalidField } from "@/lib/errors/app-error";

/** The services a customer pinned, newest pin first; only those still orderable (active, in an active category). */
export async function listFavoriteServiceIds(userId: string): Promise<number[]> {
  const rows = await db.favoriteService.findMany({
    where: { userId, service: { status: "ACTIVE", category: { status: "ACTIVE" } } },
    orderBy: [{ createdAt: "desc" }, { serviceId: "asc" }],
    select: { serviceId: true },
  });
  return rows.map((row) => row.serviceId);
}

/**
 * Pins or unpins one service for one customer, to the state asked for (so a double click or a retry
 * lands where the star shows). Only an orderable service can be pinned; unpinning always works, also
 * for a service that has since been disabled.
 */
export async function setFavoriteService(
  userId: string,
  serviceId: number,
  favorite: boolean,
): Promise<{ serviceId: number; favorite: boolean }> {
  if (!favorite) {
    await db.favoriteService.deleteMany({ where: { userId, serviceId } });
    return { serviceId, favorite };
  }
  const service = await db.service.findFirst({
    where: { id: serviceId, status: "ACTIVE", category: { status: "ACTIVE" } },
    select: { id: true },
  });
  if (!service) throw invalidField("serviceId", "validation.order.serviceUnavailable");
  // ON CONFLICT DO NOTHING: two pins at once keep one row, neither fails.
  await db.favoriteService.createMany({ data: [{ userId, serviceId }], skipDuplicates: true });
  return { serviceId, favorite };
}
