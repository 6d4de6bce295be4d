import { z } from "zod";
import { liveOrder } from "@/components/orders/order-row";
import { route } from "@/lib/http/route";
import { ownOrderStatuses } from "@/lib/orders/list-own-orders";

/** ?ids=1,2,3 (at most 100 of the signed-in customer's own orders): what the order list polls while some are open. */
const query = z.object({
  ids: z
    .string()
    .regex(/^\d{1,9}(,\d{1,9}){0,99}$/, "validation.invalid")
    .transform((text) => [...new Set(text.split(",").map(Number))]),
});

export const GET = route({ auth: "user", query }, async ({ user, query }) => {
  const orders = await ownOrderStatuses(user.id, query.ids);
  const now = new Date();
  return orders.map((order) => liveOrder(order, now));
});
