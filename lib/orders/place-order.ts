import { withIdempotency } from "@/lib/idempotency/with-idempotency";
import { createOrder, type CreatedOrder } from "./create-order";
import type { OrderInput } from "./schemas";

/**
 * Places one order through the idempotency layer every door shares (the web form, `create-orders`,
 * API v2 `add`): the same key from the same customer places the order once and answers it again.
 * Without a key the 60-second duplicate window of createOrder still guards a double send.
 */
export async function placeOrder(
  userId: string,
  input: OrderInput,
  options: { source: "web" | "api"; idempotencyKey: string | null },
): Promise<CreatedOrder> {
  const { result } = await withIdempotency({ userId, scope: "orders.create", key: options.idempotencyKey, body: input }, () =>
    createOrder(userId, input, { source: options.source }),
  );
  return result;
}
