import Decimal from "decimal.js";
import { MONEY_SCALE, money, type Money } from "@/lib/money/money";

export type Markup = { kind: "PERCENT" | "FIXED"; value: Money };

export type PriceInput = {
  /** The provider's price per 1,000 in its currency. */
  providerRate: Money;
  providerCurrency: string;
  /** BDT per 1 USD (the panel's exchange-rate setting). */
  bdtPerUsd: Money;
  markup: Markup;
  /** Round the result UP to a multiple of this (e.g. 0.01 or 1); null rounds up to 4 places. */
  roundTo: Money | null;
};

export class UnsupportedCurrencyError extends Error {
  constructor(public readonly currency: string) {
    super(`Provider currency ${currency} is not supported (BDT or USD)`);
  }
}

/** The provider's rate in BDT per 1,000. */
export function providerCostBdt(rate: Money, currency: string, bdtPerUsd: Money): Money {
  const code = currency.trim().toUpperCase();
  if (code === "BDT") return rate;
  if (code === "USD" || code === "") return rate.times(bdtPerUsd);
  throw new UnsupportedCurrencyError(currency);
}

/**
 * Our price per 1,000 in BDT: provider cost converted, plus markup (percent of cost, or a fixed BDT
 * amount), rounded UP so that rounding never sells below cost plus markup.
 */
export function priceFromProvider(input: PriceInput): Money {
  const cost = providerCostBdt(input.providerRate, input.providerCurrency, input.bdtPerUsd);
  const marked = input.markup.kind === "PERCENT" ? cost.times(money(100).plus(input.markup.value)).div(100) : cost.plus(input.markup.value);
  if (input.roundTo && input.roundTo.gt(0)) {
    return marked
      .div(input.roundTo)
      .toDecimalPlaces(0, Decimal.ROUND_CEIL)
      .times(input.roundTo)
      .toDecimalPlaces(MONEY_SCALE, Decimal.ROUND_CEIL);
  }
  return marked.toDecimalPlaces(MONEY_SCALE, Decimal.ROUND_CEIL);
}

/** A rate that went up is flagged to customers in "service updates". */
export function isPriceRise(before: Money, after: Money): boolean {
  return after.gt(before);
}
