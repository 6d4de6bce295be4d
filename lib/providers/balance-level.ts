import type { Money } from "@/lib/money/money";

/** How bad a provider's balance is: null = fine, LOW = below its threshold, OUT = at or below zero (the worst case of low). */
export type BalanceLevel = "LOW" | "OUT";

/**
 * The level of a balance against a provider's low-balance threshold. At or below zero is OUT even
 * without a threshold: such a provider refuses every order. Exactly at the threshold is fine.
 */
export function balanceLevel(balance: Money, threshold: Money | null): BalanceLevel | null {
  if (balance.lte(0)) return "OUT";
  if (threshold !== null && balance.lt(threshold)) return "LOW";
  return null;
}

/** The stored levels a new level is worse than: moving from one of these to `level` is a crossing that alerts. */
export function levelsBetterThan(level: BalanceLevel): (BalanceLevel | null)[] {
  return level === "OUT" ? [null, "LOW"] : [null];
}
