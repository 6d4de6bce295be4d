import { db } from "@/lib/db";
import { invalidField } from "@/lib/errors/app-error";

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
  if (foreign !== undefined) throw invalidField("orderIds", "validation.complaint.notYourOrder", { id: foreign });
  return unique;
}

/**
 * The customer's own payment for a link, checked inside the query (userId in the where): someone
 * else's payment and one that does not exist get the same 422 naming `paymentId`.
 */
export async function ownPaymentId(userId: string, paymentId: string | undefined): Promise<string | null> {
  if (paymentId === undefined) return null;
  const payment = await db.payment.findFirst({ where: { id: paymentId, userId }, select: { id: true } });
  if (!payment) throw invalidField("paymentId", "validation.complaint.notYourPayment");
  return payment.id;
}

/** The customer's recent payments for the "about which payment" picker (their own only). */
export async function ownPaymentChoices(userId: string, take = 30): Promise<{ id: string; label: string }[]> {
  const rows = await db.payment.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, tranId: true, amount: true, status: true, method: true },
  });
  return rows.map((row) => ({
    id: row.id,
    label: `${row.tranId} · ৳${row.amount.toFixed(2)} · ${row.method.toLowerCase().replace("_", " ")} · ${row.status.toLowerCase()}`,
  }));
}
