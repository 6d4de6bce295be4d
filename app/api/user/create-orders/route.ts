import { route } from "@/lib/http/route";
import { withIdempotency } from "@/lib/http/idempotency";
import { createOrder } from "@/lib/orders/create-order";
import { createOrdersBodySchema } from "@/lib/orders/schemas";

/**
 * The product's contract: {categoryId, serviceId, link, qty} → {ordersCreated, totalCost, currency}
 * (inside the panel's envelope). Idempotency-Key header: a replay returns the stored answer.
 */
export const POST = route({ auth: "user", body: createOrdersBodySchema, status: 201 }, async ({ req, user, body }) => {
  const { result } = await withIdempotency({ userId: user.id, scope: "orders.create", key: req.headers.get("idempotency-key"), body }, async () => {
    const order = await createOrder(user.id, { serviceId: body.serviceId, link: body.link, quantity: body.qty, confirmDuplicate: body.confirmDuplicate }, { source: "web" });
    return { ordersCreated: 1, totalCost: order.charge, currency: "BDT", orderIds: [order.orderId] };
  });
  return result;
});
