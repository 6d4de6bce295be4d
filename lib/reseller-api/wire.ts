import Decimal from "decimal.js";
import type { OrderStatus, RequestStatus, ServiceType } from "@/lib/db/generated/enums";
import { money, type Money } from "@/lib/money/money";

/**
 * How the panel writes the protocol (docs/PROTOCOL.md): status words, type names, and amounts in the
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

/**
 * Our order status → the protocol's word. PENDING: charged, not yet at the provider; UNCERTAIN (sent,
 * answer lost, an admin decides) is still "Pending" to the customer. FORWARD_FAILED was refunded in
 * full, which the protocol calls "Canceled".
 */
const ORDER_WORDS: Record<OrderStatus, string> = {
  PENDING: "Pending",
  UNCERTAIN: "Pending",
  PROCESSING: "Processing",
  IN_PROGRESS: "In progress",
  COMPLETED: "Completed",
  PARTIAL: "Partial",
  CANCELED: "Canceled",
  FORWARD_FAILED: "Canceled",
};

export function wireOrderStatus(status: OrderStatus): string {
  return ORDER_WORDS[status];
}

/** A refill request's state → the protocol's refill word (a request that failed to send is "Rejected"). */
const REFILL_WORDS: Record<RequestStatus, string> = {
  PENDING: "Pending",
  SENT: "Pending",
  IN_PROGRESS: "In progress",
  COMPLETED: "Completed",
  REJECTED: "Rejected",
  FAILED: "Rejected",
};

export function wireRefillStatus(status: RequestStatus): string {
  return REFILL_WORDS[status];
}

const TYPE_NAMES: Record<ServiceType, string> = {
  DEFAULT: "Default",
  PACKAGE: "Package",
  CUSTOM_COMMENTS: "Custom Comments",
  CUSTOM_COMMENTS_PACKAGE: "Custom Comments Package",
  MENTIONS_WITH_HASHTAGS: "Mentions with Hashtags",
  MENTIONS_CUSTOM_LIST: "Mentions Custom List",
  MENTIONS_HASHTAG: "Mentions Hashtag",
  MENTIONS_USER_FOLLOWERS: "Mentions User Followers",
  MENTIONS_MEDIA_LIKERS: "Mentions Media Likers",
  COMMENT_LIKES: "Comment Likes",
  POLL: "Poll",
  SEO: "SEO",
  SUBSCRIPTIONS: "Subscriptions",
};

export function wireServiceType(type: ServiceType): string {
  return TYPE_NAMES[type];
}
