import { money } from "@/lib/money/money";

/**
 * What a balance becomes after an admin's credit or debit, for the confirmation before it is applied
 * (adjustBalance computes the real one under a lock). Exact: decimals, never floats.
 */
export function balanceAfter(balance: string, direction: "credit" | "debit", amount: string): string {
  const change = direction === "credit" ? money(amount) : money(amount).neg();
  return money(balance).plus(change).toFixed();
}
