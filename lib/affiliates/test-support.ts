// Shared by the affiliate integration tests: a manual service to order from, and referred customers.
import { randomUUID } from "node:crypto";
import { createManualService } from "@/lib/catalog/create-manual-service";
import { manualServiceSchema } from "@/lib/catalog/schemas";
import { db } from "@/lib/db";
import { createOrder } from "@/lib/orders/create-order";
import { createUser } from "@/tests/factories";

/** A manual service (no provider) whose orders only an admin or a test moves, at `rate` per 1,000. */
export async function manualService(actor: { id: string }, rate: string): Promise<number> {
  const tag = randomUUID().slice(0, 8);
  const category = await db.category.create({ data: { name: `Affiliates ${tag}` } });
  const input = manualServiceSchema.parse({
    name: `Affiliate test ${tag}`,
    categoryId: category.id,
    type: "DEFAULT",
    rate,
    min: 1,
    max: 100000,
  });
  return (await createManualService(input, actor)).serviceId;
}

/** A referrer (with their own percent, if given) and a customer they referred, with money to order. */
export async function referredPair(options: { percent?: string; balance?: string } = {}) {
  const referrer = await createUser();
  if (options.percent) await db.user.update({ where: { id: referrer.id }, data: { affiliatePercent: options.percent } });
  const customer = await createUser({ balance: options.balance ?? "5000" });
  await db.user.update({ where: { id: customer.id }, data: { referredById: referrer.id } });
  return { referrer, customer };
}

export async function placeOrder(userId: string, serviceId: number, quantity: number): Promise<number> {
  const link = `https://instagram.com/p/${randomUUID().slice(0, 10)}`;
  return (await createOrder(userId, { serviceId, link, quantity }, { source: "web" })).orderId;
}

export const affiliateBalance = async (userId: string) =>
  (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { affiliateBalance: true } })).affiliateBalance.toFixed(4);
