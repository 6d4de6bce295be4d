import { formatMoney, toDisplayCurrency } from "@/lib/money/format";
import { money } from "@/lib/money/money";
import type { DisplayPrefs } from "@/lib/users/display-prefs";

/** A BDT amount as text in the reader's display currency (what <PriceText> renders). */
export function displayAmount(amountBdt: string, prefs: DisplayPrefs, locale: string): string {
  return formatMoney(toDisplayCurrency(money(amountBdt), prefs.currency, money(prefs.bdtPerUsd)), prefs.currency, locale);
}
