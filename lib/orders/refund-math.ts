import Decimal from "decimal.js";
import { MONEY_SCALE, roundMoneyDown, ZERO, type Money } from "@/lib/money/money";

export type RefundInput = {
  status: "PARTIAL" | "CANCELED" | "FORWARD_FAILED";
  charge: Money;
  quantity: number;
  /** Units not delivered (PARTIAL). */
  remains: number | null;
  /** Already refunded for this order. */
  refunded: Money;
};

/**
 * What an order's final status gives back (BDT). PARTIAL: charge × remains / quantity, rounded DOWN to
 * 4 places (lib/money's rule for refund shares); CANCELED and FORWARD_FAILED: the whole charge. Never
 * more than what is left of the charge, never negative; a PARTIAL with unknown remains refunds nothing.
 */
export function refundFor(input: RefundInput): Money {
  const left = Decimal.max(ZERO, input.charge.minus(input.refunded));
  if (input.status !== "PARTIAL") return left.toDecimalPlaces(MONEY_SCALE, Decimal.ROUND_DOWN);
  if (input.remains === null || input.quantity <= 0) return ZERO;
  const remains = Math.min(Math.max(input.remains, 0), input.quantity);
  const share = roundMoneyDown(input.charge.times(remains).div(input.quantity));
  return Decimal.min(share, left);
}

/** The customer's charge: rate per 1,000 × units / 1,000, rounded half-up to 4 places; a package costs its rate. */
export function orderCharge(input: { rate: Money; units: number; perPackage: boolean }): Money {
  if (input.perPackage) return input.rate.toDecimalPlaces(MONEY_SCALE, Decimal.ROUND_HALF_UP);
  return input.rate.times(input.units).div(1000).toDecimalPlaces(MONEY_SCALE, Decimal.ROUND_HALF_UP);
}
