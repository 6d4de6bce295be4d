// Numbers in the reader's language: Bengali digits (and lakh grouping) for বাংলা, like
// lib/i18n/format-date.ts does for dates.

export function intlLocale(locale: string): string {
  return locale === "bn" ? "bn-BD" : "en-GB";
}

/** Grouped, at most `maximumFractionDigits` decimals. */
export function numberFormat(locale: string, maximumFractionDigits = 4): Intl.NumberFormat {
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits });
}

export function percentFormat(locale: string): Intl.NumberFormat {
  return new Intl.NumberFormat(intlLocale(locale), { style: "percent", maximumFractionDigits: 1 });
}

/**
 * An exact decimal amount (BDT or USD, as text) for display: 2 places, half-up (the display rule of
 * lib/money/money.ts), grouped and in the reader's digits. Intl formats the decimal string itself,
 * so no float is ever made of it.
 */
export function formatAmount(amount: string, locale: string, currency: "BDT" | "USD" = "BDT"): string {
  const digits = new Intl.NumberFormat(intlLocale(locale), {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    roundingMode: "halfExpand",
  } as Intl.NumberFormatOptions).format(amount as unknown as number);
  const negative = digits.startsWith("-");
  const symbol = currency === "BDT" ? "৳" : "$";
  return negative ? `-${symbol}${digits.slice(1)}` : `${symbol}${digits}`;
}
