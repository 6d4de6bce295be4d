import type { Tx } from "@/lib/db";
import { money, toStorage, type Money } from "@/lib/money/money";
import { reversalFor } from "./commission-math";

/**
 * Takes back a later refund's share of an order's commission, in the refund's own transaction: the
 * refund × the commission's percent, rounded up to paisa, never more than is left of it (the table's
 * CHECK keeps reversed ≤ amount). The commission row is locked first, so concurrent refunds of one
 * order take back their shares one after the other. The affiliate balance may go below zero when the
 * commission was already paid out: later commissions pay that back before anything can be paid again.
 *
 * Today every refund of an order happens in the move that makes it final (lib/orders/move-order.ts,
 * before the commission exists), so no caller needs this yet; any refund of an order already final
 * must call it in its transaction.
 */
export async function reverseCommission(tx: Tx, orderId: number, refund: Money): Promise<{ reversed: string | null }> {
  const [row] = await tx.$queryRaw<{ id: string; referrer_id: string; percent: string; left: string }[]>`
    SELECT id, referrer_id, percent::text AS percent, (amount - reversed_amount)::text AS left
      FROM affiliate_commissions WHERE order_id = ${orderId} FOR UPDATE`;
  if (!row) return { reversed: null };
  const share = reversalFor(refund, money(row.percent), money(row.left));
  if (share.isZero()) return { reversed: null };
  const amount = toStorage(share);
  await tx.affiliateCommission.update({ where: { id: row.id }, data: { reversedAmount: { increment: amount } } });
  await tx.user.update({ where: { id: row.referrer_id }, data: { affiliateBalance: { decrement: amount } } });
  return { reversed: amount };
}
