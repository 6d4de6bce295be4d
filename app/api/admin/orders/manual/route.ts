import { route } from "@/lib/http/route";
import { createManualOrder } from "@/lib/orders/admin/create-manual-order";
import { manualOrderSchema } from "@/lib/orders/admin/schemas";

/**
 * The product's contract: {userId, serviceId, link, quantity, adminNotes?} → {orderId, totalCost}.
 * Charges the customer's wallet like any order. An Idempotency-Key header makes a retry safe.
 */
export const POST = route(
  { auth: { permission: "orders.manage" }, body: manualOrderSchema, status: 201 },
  async ({ req, body, user, ip, requestId }) => {
    return createManualOrder(body, { id: user.id, ip, requestId }, { idempotencyKey: req.headers.get("idempotency-key") });
  },
);
