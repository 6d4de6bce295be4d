import { formatMoney } from "@/lib/money/format";
import { intlLocale } from "./intl-locale";

// Numbers in the reader's language: Bengali digits (and lakh grouping) for বাংলা, like
// lib/i18n/format-date.ts does for dates.

export { intlLocale };

/** Grouped, at most `maximumFractionDigits` decimals. */
export function numberFormat(locale: string, maximumFractionDigits = 4): Intl.NumberFormat {
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits });
}

export function percentFormat(locale: string): Intl.NumberFormat {
  return new Intl.NumberFormat(intlLocale(locale), { style: "percent", maximumFractionDigits: 1 });
}

/** A BDT or USD amount as text by the one display rule of lib/money/format.ts. */
export function formatAmount(amount: string, locale: string, currency: "BDT" | "USD" = "BDT"): string {
  return formatMoney(amount, currency, locale);
}
