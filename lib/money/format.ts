import { intlLocale } from "@/lib/i18n/intl-locale";
import { DISPLAY_MIN_SCALE, MONEY_SCALE, money, type Money } from "./money";

export type DisplayCurrency = "BDT" | "USD";

/** BDT → display currency at `bdtPerUsd` (the user's own rate or the panel's); unrounded, formatMoney rounds. */
export function toDisplayCurrency(amountBdt: Money, currency: DisplayCurrency, bdtPerUsd: Money): Money {
  if (currency === "BDT") return amountBdt;
  if (bdtPerUsd.lte(0)) throw new RangeError("Exchange rate must be positive");
  return amountBdt.div(bdtPerUsd);
}

/**
 * The one display rule for money (see lib/money/money.ts): an amount is shown exactly as it is kept,
 * with at least 2 and at most 4 decimals (৳12.50, ৳0.0125), so every list adds up to what it shows.
 * A converted amount (USD) is rounded half-up to 4 places. Grouping and digits follow the reader:
 * thousands and Latin digits in English, lakh/crore and Bengali digits in বাংলা. Intl formats the
 * decimal string itself, so no float is ever made of the amount.
 */
export function formatMoney(amount: Money | string, currency: DisplayCurrency, locale: string = "en"): string {
  const digits = moneyDigits(locale).format(money(amount).toFixed() as unknown as number);
  const negative = digits.startsWith("-");
  const symbol = currency === "BDT" ? "৳" : "$";
  return negative ? `-${symbol}${digits.slice(1)}` : `${symbol}${digits}`;
}

const formats = new Map<string, Intl.NumberFormat>();
function moneyDigits(locale: string): Intl.NumberFormat {
  const tag = intlLocale(locale);
  let format = formats.get(tag);
  if (!format) {
    format = new Intl.NumberFormat(tag, {
      minimumFractionDigits: DISPLAY_MIN_SCALE,
      maximumFractionDigits: MONEY_SCALE,
      roundingMode: "halfExpand",
    } as Intl.NumberFormatOptions);
    formats.set(tag, format);
  }
  return format;
}
