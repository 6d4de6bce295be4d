import { withIdempotency } from "@/lib/http/idempotency";
import { route } from "@/lib/http/route";
import { createManualOrder } from "@/lib/orders/admin/create-manual-order";
import { manualOrderSchema } from "@/lib/orders/admin/schemas";

/**
 * The product's contract: {userId, serviceId, link, quantity, adminNotes?} → {orderId, totalCost}.
 * Charges the customer's wallet like any order. An Idempotency-Key header makes a retry safe.
 */
export const POST = route({ auth: { permission: "orders.manage" }, body: manualOrderSchema, status: 201 }, async ({ req, body, user, ip, requestId }) => {
  const { result } = await withIdempotency({ userId: user.id, scope: "orders.create", key: req.headers.get("idempotency-key"), body: { manual: body } }, () =>
    createManualOrder(body, { id: user.id, ip, requestId }),
  );
  return result;
});
