import { money } from "@/lib/money/money";
import { refundFor } from "@/lib/orders/refund-math";

export type RefundPreviewInput = {
  /** What the admin is about to do: a cancel, a partial with remains, or a status it sets. */
  to: string;
  remains?: number | null;
  charge: string;
  refunded: string;
  quantity: number;
};

/**
 * What an admin's move would give back to the customer (BDT, by refundFor, the rule the move itself
 * applies), for the confirmation before it; null when the move refunds nothing.
 */
export function refundPreview(input: RefundPreviewInput): string | null {
  if (input.to !== "CANCELED" && input.to !== "FORWARD_FAILED" && input.to !== "PARTIAL") return null;
  const amount = refundFor({
    status: input.to,
    charge: money(input.charge),
    refunded: money(input.refunded),
    quantity: input.quantity,
    remains: input.remains ?? null,
  });
  return amount.gt(0) ? amount.toFixed() : null;
}

/**
 * The most a bulk move would give back: the sum of each order's refund (orders the move skips give
 * nothing, so the real total may be less); null when nothing would be refunded.
 */
export function bulkRefundPreview(
  orders: readonly Omit<RefundPreviewInput, "to" | "remains">[],
  to: string,
  remains?: number | null,
): string | null {
  const total = orders.reduce((sum, order) => sum.plus(refundPreview({ ...order, to, remains }) ?? 0), money(0));
  return total.gt(0) ? total.toFixed() : null;
}
