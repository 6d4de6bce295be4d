import { db } from "@/lib/db";

/** The customer's recent orders for the "about which order" picker (their own only); `label` is the service and link, as given. */
export async function ownOrderChoices(userId: string, take = 50): Promise<{ id: number; label: string; status: string }[]> {
  const rows = await db.order.findMany({
    where: { userId },
    orderBy: { id: "desc" },
    take,
    select: { id: true, status: true, link: true, service: { select: { name: true } } },
  });
  return rows.map((row) => ({ id: row.id, status: row.status, label: `${row.service.name} · ${row.link.slice(0, 40)}` }));
}
