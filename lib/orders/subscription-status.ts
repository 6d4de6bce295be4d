import type { SubscriptionStatus } from "@/lib/db/generated/enums";
import type { OrderStatus as ProviderOrderStatus } from "@/lib/providers/client";

export type { SubscriptionStatus };

/**
 * A provider's (already tolerantly parsed) word for a subscription → ours; the one place these words
 * are read (ordinary orders: provider-status.ts). Before it starts a subscription may say Pending or In
 * progress: ACTIVE. Partial and Fail end it like Completed and Canceled. Unknown words change nothing.
 */
export function subscriptionStatusFrom(status: ProviderOrderStatus): SubscriptionStatus | null {
  switch (status) {
    case "pending":
    case "processing":
    case "in_progress":
    case "active":
      return "ACTIVE";
    case "paused":
      return "PAUSED";
    case "completed":
    case "partial":
      return "COMPLETED";
    case "expired":
      return "EXPIRED";
    case "canceled":
    case "failed":
      return "CANCELED";
    default:
      return null;
  }
}

export const SUBSCRIPTION_ENDED: readonly SubscriptionStatus[] = ["COMPLETED", "EXPIRED", "CANCELED"];

export function subscriptionEnded(status: SubscriptionStatus | null): boolean {
  return status !== null && SUBSCRIPTION_ENDED.includes(status);
}

/**
 * Forward only: ACTIVE and PAUSED may follow each other (a paused subscription resumes); an ended one
 * stays as it ended, so a late "Active" after "Expired" is ignored. Null when nothing changes.
 */
export function nextSubscriptionStatus(current: SubscriptionStatus | null, reported: SubscriptionStatus | null): SubscriptionStatus | null {
  if (reported === null || reported === current || subscriptionEnded(current)) return null;
  return reported;
}
