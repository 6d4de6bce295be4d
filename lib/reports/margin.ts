import Decimal from "decimal.js";
import { money } from "@/lib/money/money";

/** Profit as a percentage of revenue, 2 places half-up (as the reports' SQL rounds it); null without revenue. */
export function marginOf(profit: string, revenue: string): string | null {
  const base = money(revenue);
  return base.isZero() ? null : money(profit).times(100).div(base).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}
