import Decimal from "decimal.js";
import { money } from "@/lib/money/money";

/** Providers write amounts to 7 places (provider_charge is numeric(20,7)). */
const PROVIDER_SCALE = 7;

type Amount = { toString(): string };

/**
 * What the provider will bill for an order it just took, before its first status answer says so: our
 * charge scaled by its rate over ours (the same units and packages price both), in the provider's
 * currency. The status sync replaces it with the provider's own figure; its BDT value is fixed at the
 * rate of this moment by the database (docs/REPORTS.md). Null when the service has no provider rate.
 */
export function estimatedProviderCharge(order: { charge: Amount; rate: Amount }, providerRate: Amount | null): string | null {
  if (providerRate === null || money(order.rate).lte(0)) return null;
  return money(order.charge)
    .times(money(providerRate))
    .div(money(order.rate))
    .toDecimalPlaces(PROVIDER_SCALE, Decimal.ROUND_HALF_UP)
    .toFixed();
}
