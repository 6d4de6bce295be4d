import Decimal from "decimal.js";

/**
 * The one rounding rule for money (written once, used everywhere):
 * - Wallet amounts and balances are BDT kept to MONEY_SCALE (4) decimal places.
 * - A computed amount is rounded once, half-up (ROUND_HALF_UP), at the moment it becomes a stored
 *   amount (`roundMoney`). Refund shares (issue: orders) round DOWN so a refund never exceeds its charge.
 * - Deposit bonuses round DOWN to whole paisa (INPUT_SCALE), so a bonus never exceeds the percent its
 *   rule promises (lib/payments/bonus/bonus-rule.ts).
 * - Amounts typed by people (deposits, adjustments) may carry at most INPUT_SCALE (2) decimals.
 * - Display shows an amount exactly as kept: at least DISPLAY_MIN_SCALE (2), at most MONEY_SCALE (4)
 *   decimals, so a list adds up to what it shows (lib/money/format.ts).
 * Money is never a JavaScript float: numbers are converted through their string form.
 */
export const MONEY_SCALE = 4;
export const INPUT_SCALE = 2;
export const DISPLAY_MIN_SCALE = 2;

const MoneyDecimal = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Money = Decimal;

/** Accepts strings, integers/decimals typed as numbers, decimal.js and Prisma Decimal values. */
export function money(value: string | number | { toString(): string }): Money {
  if (typeof value === "number" && !Number.isFinite(value)) throw new RangeError("Money must be finite");
  return new MoneyDecimal(typeof value === "object" ? value.toString() : value);
}

export function roundMoney(value: Money): Money {
  return value.toDecimalPlaces(MONEY_SCALE, Decimal.ROUND_HALF_UP);
}

export function roundMoneyDown(value: Money): Money {
  return value.toDecimalPlaces(MONEY_SCALE, Decimal.ROUND_DOWN);
}

/** Fixed 4-place string for the database. */
export function toStorage(value: Money): string {
  return roundMoney(value).toFixed(MONEY_SCALE);
}

export function decimalPlaces(text: string): number {
  const dot = text.indexOf(".");
  return dot === -1 ? 0 : text.length - dot - 1;
}

export const ZERO = money(0);
