import { db } from "@/lib/db";
import { invalidField } from "@/lib/http/errors";

/**
 * The customer's own orders among `orderIds`, checked inside the query (userId in the where): an id
 * that is not theirs — or does not exist — is a 422 naming `orderIds`, the same answer either way.
 */
export async function ownOrderIds(userId: string, orderIds: number[]): Promise<number[]> {
  const unique = [...new Set(orderIds)];
  if (unique.length === 0) return [];
  const found = await db.order.findMany({ where: { userId, id: { in: unique } }, select: { id: true } });
  const mine = new Set(found.map((order) => order.id));
  const foreign = unique.find((id) => !mine.has(id));
  if (foreign !== undefined) throw invalidField("orderIds", `order #${foreign} is not one of your orders`);
  return unique;
}

/**
 * The customer's own payment for a link. There is no Payment model on this branch yet: until the
 * payments work lands, any payment id is refused (422 naming `paymentId`). Wiring it is one query:
 * `db.payment.findFirst({ where: { id: paymentId, userId } })` → the id, or this same error.
 */
export async function ownPaymentId(_userId: string, paymentId: string | undefined): Promise<string | null> {
  if (paymentId === undefined) return null;
  throw invalidField("paymentId", "payments cannot be linked yet");
}
