import Decimal from "decimal.js";
import { money, type Money } from "@/lib/money/money";

// The demo provider bills in USD with 7 decimals (the protocol's precision), never in floats.
export const USD_SCALE = 7;

/** Rounded half-up to 7 places. */
export function usd(value: string | number | { toString(): string }): Money {
  return money(value).toDecimalPlaces(USD_SCALE, Decimal.ROUND_HALF_UP);
}

/** charge = rate × quantity / 1000, half-up to 7 places. */
export function chargeFor(rate: string, quantity: number): Money {
  return usd(money(rate).times(quantity).dividedBy(1000));
}

/** The part of `charge` billed for `delivered` of `quantity` units, rounded down: never more than its share. */
export function deliveredShare(charge: Money, delivered: number, quantity: number): Money {
  if (quantity <= 0 || delivered >= quantity) return charge;
  return charge.times(Math.max(delivered, 0)).dividedBy(quantity).toDecimalPlaces(USD_SCALE, Decimal.ROUND_DOWN);
}

/** Fixed 7 places, as stored and as the balance is shown ("997.3345000"). */
export function toUsdString(value: Money): string {
  return usd(value).toFixed(USD_SCALE);
}

/** A charge as panels show it: 7 places with trailing zeros dropped down to 5 ("0.27819", "1.25000"). */
export function formatCharge(value: Money): string {
  let text = toUsdString(value);
  while (text.endsWith("0") && text.length - text.indexOf(".") - 1 > 5) text = text.slice(0, -1);
  return text;
}
