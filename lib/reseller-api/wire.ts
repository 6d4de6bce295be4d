import Decimal from "decimal.js";
import { money, type Money } from "@/lib/money/money";

/**
 * How the panel writes the protocol (docs/PROTOCOL.md): amounts in the
 * caller's display currency. BDT amounts are the stored 4-place figures; USD amounts are BDT ÷ the
 * caller's rate (their own dollar rate, else the panel's), half-up to 7 places — the same rule for
 * rates, charges and the balance, so rate × quantity / 1000 matches the charge and the balance moves by it.
 */
export type WireCurrency = { currency: "BDT" | "USD"; bdtPerUsd: Money };

export function wireAmount(amountBdt: Money | { toString(): string }, to: WireCurrency): string {
  const bdt = money(amountBdt);
  if (to.currency === "BDT") return bdt.toFixed(4);
  return bdt.div(to.bdtPerUsd).toDecimalPlaces(7, Decimal.ROUND_HALF_UP).toFixed(7);
}
