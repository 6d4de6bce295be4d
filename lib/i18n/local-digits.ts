const BENGALI_ZERO = 0x09e6;

/**
 * An identifier (an order number, a provider's order id) in the reader's digits, as written: each
 * digit swapped, no grouping, letters and signs untouched (৪৫২১ in বাংলা, 4521 in English).
 */
export function localDigits(text: string, locale: string): string {
  if (locale !== "bn") return text;
  return text.replace(/[0-9]/g, (digit) => String.fromCharCode(BENGALI_ZERO + Number(digit)));
}
