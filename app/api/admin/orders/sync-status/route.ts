import { route } from "@/lib/http/route";
import { syncOrdersNow } from "@/lib/orders/admin/sync-orders-now";
import { syncStatusSchema } from "@/lib/orders/admin/schemas";

/**
 * The product's contract: {orderId?, forceSync?} → {syncedOrders, errors} (plus changed, refunded,
 * providerCalls, durationMs). Stores a SyncRun with trigger "admin".
 */
export const POST = route({ auth: { permission: "orders.manage" }, body: syncStatusSchema }, async ({ body, user, ip, requestId }) =>
  syncOrdersNow(body, { id: user.id, ip, requestId }),
);
