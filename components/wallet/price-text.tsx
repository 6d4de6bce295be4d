import { formatMoney, toDisplayCurrency } from "@/lib/money/format";
import { money } from "@/lib/money/money";
import type { DisplayPrefs } from "@/lib/users/display-prefs";

/** A BDT amount shown in the reader's display currency. */
export function PriceText({ amountBdt, prefs, locale }: { amountBdt: string; prefs: DisplayPrefs; locale: string }) {
  const shown = toDisplayCurrency(money(amountBdt), prefs.currency, money(prefs.bdtPerUsd));
  return <span className="tabular-nums">{formatMoney(shown, prefs.currency, locale)}</span>;
}
