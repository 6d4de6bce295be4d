import type { OrderStatus, SubscriptionStatus } from "@/lib/db/generated/enums";
import { wireOrderStatus } from "@/lib/api-v2/status-words";
import { dayTextIn } from "@/lib/orders/subscription-day";

/**
 * What a drip-feed's and a subscription's `status` answers add (docs/PROTOCOL.md, "Our server").
 * Their child orders live at our provider under its ids, which a reseller cannot ask us about, so the
 * answer gives how many there are (`orders_count`) instead of an `orders` list of ids.
 */
export type TrackedRow = {
  status: OrderStatus;
  runs: number | null;
  runsDone: number | null;
  subscriptionStatus: SubscriptionStatus | null;
  subscriptionPosts: number | null;
  postsDone: number | null;
  expiresAt: Date | null;
  _count: { children: number };
};

export const isSubscription = (row: TrackedRow) => row.subscriptionPosts !== null;

/** A drip-feed's extra keys: runs done, as the protocol's string, and the number of child orders. */
export function dripFeedKeys(row: TrackedRow): { runs: string; orders_count: string } | Record<string, never> {
  if (row.runs === null) return {};
  return { runs: String(row.runsDone ?? 0), orders_count: String(row._count.children) };
}

const SUBSCRIPTION_WORDS: Record<SubscriptionStatus, string> = {
  ACTIVE: "Active",
  PAUSED: "Paused",
  COMPLETED: "Completed",
  EXPIRED: "Expired",
  CANCELED: "Canceled",
};

/**
 * A subscription's protocol word: its own status once the provider reported one; before that (or when
 * the order was canceled here, e.g. refused by the provider) the order's word.
 */
export function wireSubscriptionStatus(row: TrackedRow): string {
  const finalHere = row.status === "CANCELED" || row.status === "FORWARD_FAILED";
  if (row.subscriptionStatus && !finalHere) return SUBSCRIPTION_WORDS[row.subscriptionStatus];
  return wireOrderStatus(row.status);
}

/** A subscription's answer besides charge and currency: status, posts seen, expiry (d/m/Y or null), children. */
export function subscriptionKeys(row: TrackedRow, timeZone: string) {
  return {
    status: wireSubscriptionStatus(row),
    posts: String(row.postsDone ?? 0),
    expiry: row.expiresAt ? dayTextIn(row.expiresAt, timeZone) : null,
    orders_count: String(row._count.children),
  };
}
