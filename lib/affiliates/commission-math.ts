import Decimal from "decimal.js";
import { INPUT_SCALE, money, ZERO, type Money } from "@/lib/money/money";

/**
 * The affiliate rules in numbers (written once, docs/affiliates.md). A commission is the order's
 * revenue (charge less its refunds) × percent / 100, rounded DOWN to whole paisa, so it never exceeds
 * what the percent promises; one under ৳0.01 is none. A later refund takes back its share rounded UP
 * to paisa, never more than what is left of the commission, so a refunded order keeps no more than
 * the percent of what it finally earned.
 */
export function commissionFor(revenue: Money, percent: Money): Money {
  if (revenue.lte(0) || percent.lte(0)) return ZERO;
  return revenue.times(percent).div(100).toDecimalPlaces(INPUT_SCALE, Decimal.ROUND_DOWN);
}

/** What a refund of `refund` taka takes back from a commission with `left` still unreversed. */
export function reversalFor(refund: Money, percent: Money, left: Money): Money {
  if (refund.lte(0) || left.lte(0)) return ZERO;
  const share = refund.times(percent).div(100).toDecimalPlaces(INPUT_SCALE, Decimal.ROUND_UP);
  return Decimal.min(share, left);
}

/** The percent that applies to a referrer: their own override, else the panel's setting. */
export function percentFor(override: { toString(): string } | null, setting: number | string): Money {
  return money(override ?? setting);
}
