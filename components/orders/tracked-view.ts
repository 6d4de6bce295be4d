import type { SubscriptionStatus } from "@/lib/orders/subscription-status";

/** A drip-feed's runs or a subscription's posts, as the order pages show them (plain data, no Dates). */
export type TrackedView =
  | { kind: "dripfeed"; done: number; total: number; children: number }
  | { kind: "subscription"; status: SubscriptionStatus | null; done: number; total: number; children: number };

type TrackedColumns = {
  runs: number | null;
  runsDone: number | null;
  subscriptionStatus: SubscriptionStatus | null;
  subscriptionPosts: number | null;
  postsDone: number | null;
  _count?: { children: number };
};

/** Null for an ordinary order. */
export function trackedView(order: TrackedColumns): TrackedView | null {
  const children = order._count?.children ?? 0;
  if (order.runs !== null) return { kind: "dripfeed", done: order.runsDone ?? 0, total: order.runs, children };
  if (order.subscriptionPosts !== null)
    return { kind: "subscription", status: order.subscriptionStatus, done: order.postsDone ?? 0, total: order.subscriptionPosts, children };
  return null;
}

export const SUBSCRIPTION_TONES: Record<SubscriptionStatus, "green" | "red" | "amber" | "slate" | "blue"> = {
  ACTIVE: "blue",
  PAUSED: "amber",
  COMPLETED: "green",
  EXPIRED: "slate",
  CANCELED: "red",
};
