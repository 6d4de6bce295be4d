import { db } from "@/lib/db";

/** Auto-mode orders still PENDING, unclaimed, older than 30 s: the forward event was lost or the send failed before it left. */
export async function findOrdersAwaitingForward(limit = 200): Promise<number[]> {
  const orders = await db.order.findMany({
    where: { status: "PENDING", mode: "AUTO", forwardClaimedAt: null, createdAt: { lt: new Date(Date.now() - 30_000) } },
    orderBy: { id: "asc" },
    take: limit,
    select: { id: true },
  });
  return orders.map((order) => order.id);
}
