import { numberFormat } from "@/lib/i18n/format-number";

/** A price percentage as people read it: "−10 %" (a discount) or "+5 %", in the reader's digits. */
export function percentText(percent: string, locale: string): string {
  const value = Number(percent);
  const magnitude = numberFormat(locale, 2).format(Math.abs(value));
  return `${value < 0 ? "−" : value > 0 ? "+" : ""}${magnitude} %`;
}
