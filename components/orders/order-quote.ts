import { isAppError } from "@/lib/errors/app-error";
import { money, type Money } from "@/lib/money/money";
import { orderUnits, type PricedOrder } from "@/lib/orders/order-units";
import { orderCharge } from "@/lib/orders/refund-math";
import { orderInputSchema } from "@/lib/orders/schemas";
import type { CatalogService } from "./catalog-types";

export type Quote = {
  /** BDT, exactly what the server will charge; null while the fields are incomplete. */
  charge: Money | null;
  /** Units delivered in total (quantity × runs); null while unknown. */
  total: number | null;
  /** Drip-feed runs (1 without drip-feed). */
  runs: number;
  /** How the total is made: runs × per run (drip-feed) or posts × max (a subscription, paid up front). */
  breakdown: { kind: "runs"; runs: number; perRun: number } | { kind: "posts"; posts: number; max: number } | null;
  outOfRange: boolean;
  overBalance: boolean;
};

const NO_QUOTE: Quote = { charge: null, total: null, runs: 1, breakdown: null, outOfRange: false, overBalance: false };
// The link, and the fields that never change the count, play no part in the price: placeholders
// stand in for them until typed, so the price shows as soon as the amount is known.
const PRICE_LINK = "https://example.com/price";
const UNCOUNTED = { keywords: "-", hashtags: "-", hashtag: "-", username: "-", media: "-", answerNumber: 1 };
// A subscription's options never change its price either; a half-typed date must not hide it.
const PRICE_IGNORED = new Set(["oldPosts", "delay", "expiry"]);

/**
 * The live price with the server's own code (orderInputSchema → orderUnits → orderCharge), so the
 * figure shown is the figure charged. Limits are checked apart, so an amount outside them still shows
 * its price next to the warning.
 */
export function quoteOrder(service: CatalogService | undefined, values: Record<string, unknown>, balanceBdt: string): Quote {
  if (!service) return NO_QUOTE;
  const typed = Object.fromEntries(
    Object.entries(values).filter(([name, value]) => value !== undefined && value !== "" && !PRICE_IGNORED.has(name)),
  );
  const parsed = orderInputSchema.safeParse({ ...UNCOUNTED, ...typed, serviceId: service.id, link: PRICE_LINK });
  if (!parsed.success) return NO_QUOTE;
  let priced: PricedOrder;
  try {
    priced = orderUnits({ ...service, min: 0, max: Number.MAX_SAFE_INTEGER }, parsed.data);
  } catch (error) {
    if (!isAppError(error)) throw error;
    return NO_QUOTE; // a field the type needs is still empty
  }
  const charge = orderCharge({ rate: money(service.rate), units: priced.units, perPackage: priced.perPackage });
  const runs = parsed.data.runs ?? 1;
  const { dripfeed, params } = priced;
  const subscription = typeof params.posts === "number" && typeof params.max === "number";
  const breakdown: Quote["breakdown"] = dripfeed
    ? { kind: "runs", runs: dripfeed.runs, perRun: dripfeed.runQuantity }
    : subscription
      ? { kind: "posts", posts: Number(params.posts), max: Number(params.max) }
      : null;
  const outOfRange = subscription
    ? Number(params.min) < service.min || Number(params.max) > service.max
    : !priced.perPackage && (priced.units / runs < service.min || priced.units > service.max);
  return { charge, total: priced.units, runs, breakdown, outOfRange, overBalance: charge.gt(money(balanceBdt)) };
}
