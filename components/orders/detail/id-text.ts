import { intlLocale } from "@/lib/i18n/format-number";

/** An order or service number in the reader's digits, as written: no thousands separator (#১২৩৪৫ in বাংলা). */
export function idText(id: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale), { useGrouping: false }).format(id);
}
