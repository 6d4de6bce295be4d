import Decimal from "decimal.js";
import { DISPLAY_SCALE, money, type Money } from "./money";

export type DisplayCurrency = "BDT" | "USD";

/** BDT → display currency at `bdtPerUsd` (the user's own rate or the panel's), rounded half-up for display. */
export function toDisplayCurrency(amountBdt: Money, currency: DisplayCurrency, bdtPerUsd: Money): Money {
  if (currency === "BDT") return amountBdt;
  if (bdtPerUsd.lte(0)) throw new RangeError("Exchange rate must be positive");
  return amountBdt.div(bdtPerUsd);
}

export function formatMoney(amount: Money | string, currency: DisplayCurrency, locale: string = "en"): string {
  const value = money(amount).toDecimalPlaces(DISPLAY_SCALE, Decimal.ROUND_HALF_UP);
  const negative = value.isNegative();
  const [whole, fraction] = value.abs().toFixed(DISPLAY_SCALE).split(".");
  const grouped = groupDigits(whole, locale.startsWith("bn"));
  const symbol = currency === "BDT" ? "৳" : "$";
  const text = `${symbol}${grouped}.${fraction}`;
  return negative ? `-${text}` : text;
}

// Bangladesh groups lakh/crore (12,34,567); elsewhere thousands (1,234,567).
function groupDigits(whole: string, southAsian: boolean): string {
  if (!southAsian || whole.length <= 3) return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const last3 = whole.slice(-3);
  const rest = whole.slice(0, -3).replace(/\B(?=(\d{2})+(?!\d))/g, ",");
  return `${rest},${last3}`;
}
