import type { OrderStatus } from "@/lib/db/generated/enums";
import type { OrderStatus as ProviderOrderStatus } from "@/lib/providers/client";

/**
 * A provider's (already tolerantly parsed) status word → ours. "Pending" at the provider means it
 * accepted the order: PROCESSING here. "Fail"/"Refunded" mean it will not deliver: CANCELED (full
 * refund). Unknown words change nothing.
 */
export function fromProviderStatus(status: ProviderOrderStatus): OrderStatus | null {
  switch (status) {
    case "pending":
    case "processing":
      return "PROCESSING";
    case "in_progress":
    case "active":
    case "paused":
      return "IN_PROGRESS";
    case "completed":
    case "expired":
      return "COMPLETED";
    case "partial":
      return "PARTIAL";
    case "canceled":
    case "failed":
      return "CANCELED";
    default:
      return null;
  }
}
