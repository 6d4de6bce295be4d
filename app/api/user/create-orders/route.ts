import { route } from "@/lib/http/route";
import { placeOrder } from "@/lib/orders/place-order";
import { createOrdersBodySchema } from "@/lib/orders/schemas";

/**
 * The product's contract: {categoryId, serviceId, link, qty} → {ordersCreated, totalCost, currency}
 * (inside the panel's envelope). Idempotency-Key header: a replay returns the stored answer.
 */
export const POST = route({ auth: "user", body: createOrdersBodySchema, status: 201 }, async ({ req, user, body }) => {
  const input = { serviceId: body.serviceId, link: body.link, quantity: body.qty, confirmDuplicate: body.confirmDuplicate };
  const order = await placeOrder(user.id, input, { source: "web", idempotencyKey: req.headers.get("idempotency-key") });
  return { ordersCreated: 1, totalCost: order.charge, currency: "BDT", orderIds: [order.orderId] };
});
