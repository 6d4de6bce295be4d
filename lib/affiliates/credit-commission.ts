import type { Tx } from "@/lib/db";
import { money, toStorage, type Money } from "@/lib/money/money";
import { affiliateSetting } from "./affiliate-settings";
import { commissionFor, percentFor } from "./commission-math";

export type FinalOrder = {
  orderId: number;
  /** The order's owner (the referred customer) and who referred them. */
  userId: string;
  referrerId: string | null;
  charge: Money;
  /** Everything refunded of the order, this move's refund included. */
  refunded: Money;
};

/**
 * Credits the referrer's commission on an order that just reached a final state, inside the move's own
 * transaction (lib/orders/move-order.ts): revenue = charge − refunds, commission = revenue × percent,
 * rounded down to paisa (commission-math.ts). The row is unique per order and inserted with ON CONFLICT
 * DO NOTHING, so overlapping syncs or a repeated result credit it once, and the affiliate balance moves
 * only when this call inserted it. Nothing for an unreferred customer, one's own order, or no revenue.
 */
export async function creditCommission(tx: Tx, order: FinalOrder): Promise<{ credited: string | null }> {
  if (!order.referrerId || order.referrerId === order.userId) return { credited: null };
  const revenue = order.charge.minus(order.refunded);
  if (revenue.lte(0)) return { credited: null };
  const referrer = await tx.user.findUnique({ where: { id: order.referrerId }, select: { affiliatePercent: true } });
  if (!referrer) return { credited: null };
  const percent = percentFor(referrer.affiliatePercent, await affiliateSetting(tx, "affiliates.commissionPercent"));
  const amount = commissionFor(revenue, percent);
  if (amount.isZero()) return { credited: null };

  const inserted = await tx.affiliateCommission.createMany({
    data: [
      {
        referrerId: order.referrerId,
        referredUserId: order.userId,
        orderId: order.orderId,
        orderRevenue: toStorage(revenue),
        percent: percent.toFixed(3),
        amount: toStorage(amount),
      },
    ],
    skipDuplicates: true,
  });
  if (inserted.count === 0) return { credited: null };
  await tx.user.update({ where: { id: order.referrerId }, data: { affiliateBalance: { increment: toStorage(amount) } } });
  return { credited: toStorage(money(amount)) };
}
