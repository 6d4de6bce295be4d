import { db } from "@/lib/db";
import { notFound } from "@/lib/errors/app-error";

/** A customer's own order; another user's id finds nothing (404), the owner is part of the query. */
export async function getOwnOrder(userId: string, orderId: number) {
  const order = await db.order.findFirst({
    where: { id: orderId, userId },
    select: {
      id: true,
      status: true,
      link: true,
      quantity: true,
      charge: true,
      refunded: true,
      startCount: true,
      remains: true,
      createdAt: true,
      finishedAt: true,
      service: { select: { id: true, name: true } },
    },
  });
  if (!order) throw notFound("Order");
  return { ...order, charge: order.charge.toFixed(4), refunded: order.refunded.toFixed(4) };
}
