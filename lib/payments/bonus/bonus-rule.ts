import Decimal from "decimal.js";
import { INPUT_SCALE, money, type Money } from "@/lib/money/money";
import type { PaymentMethodName } from "@/lib/settings/definitions";

type Amount = string | { toString(): string };

/** A deposit-bonus rule as the rule reads it (DepositBonusRule's columns; amounts as decimal text). */
export type BonusRule = {
  id: string;
  /** null = every method. */
  method: PaymentMethodName | null;
  minAmount: Amount;
  /** Inclusive; null = no upper bound. */
  maxAmount: Amount | null;
  percent: Amount;
  active: boolean;
};

export type BonusMatch<R extends BonusRule = BonusRule> = { rule: R; bonus: Money };

/** Does `rule` cover a payment of `amount` by `method`? Active, its method (or every method), min ≤ amount ≤ max. */
export function ruleCovers(rule: BonusRule, method: PaymentMethodName, amount: Money): boolean {
  if (!rule.active) return false;
  if (rule.method !== null && rule.method !== method) return false;
  if (amount.lt(money(rule.minAmount))) return false;
  return rule.maxAmount === null || amount.lte(money(rule.maxAmount));
}

/**
 * The bonus rule (written once, here): of the active rules covering the payment, the one with the
 * highest percent wins (ties: a rule for this very method over one for every method, then the higher
 * minimum, then the smaller id, so the choice never depends on row order). The bonus is
 * amount × percent / 100 rounded DOWN to whole paisa (INPUT_SCALE, 2 decimals): the customer never gets
 * more than the percent promised, and the bonus reads as an amount people type. A bonus that rounds to
 * ৳0.00 is no bonus. Rules are read when the payment is credited, not when it was started.
 */
export function bonusFor<R extends BonusRule>(method: PaymentMethodName, amount: Amount, rules: readonly R[]): BonusMatch<R> | null {
  const paid = money(amount);
  if (!paid.gt(0)) return null;
  const best = rules.filter((rule) => ruleCovers(rule, method, paid)).sort(byPreference)[0];
  if (!best) return null;
  const bonus = paid.times(money(best.percent)).div(100).toDecimalPlaces(INPUT_SCALE, Decimal.ROUND_DOWN);
  return bonus.gt(0) ? { rule: best, bonus } : null;
}

function byPreference(a: BonusRule, b: BonusRule): number {
  const percent = money(b.percent).comparedTo(money(a.percent));
  if (percent !== 0) return percent;
  if ((a.method === null) !== (b.method === null)) return a.method === null ? 1 : -1;
  const min = money(b.minAmount).comparedTo(money(a.minAmount));
  if (min !== 0) return min;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The active rules a customer paying by `method` can reach, lowest band first (for the add-funds page). */
export function rulesForMethod<R extends BonusRule>(method: PaymentMethodName, rules: readonly R[]): R[] {
  return rules
    .filter((rule) => rule.active && (rule.method === null || rule.method === method))
    .sort((a, b) => money(a.minAmount).comparedTo(money(b.minAmount)) || money(b.percent).comparedTo(money(a.percent)));
}
