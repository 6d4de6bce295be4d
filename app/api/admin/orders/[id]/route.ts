import { z } from "zod";
import { route } from "@/lib/http/route";
import { getOrderForAdmin } from "@/lib/orders/admin/get-order-for-admin";
import { orderIdField } from "@/lib/orders/admin/schemas";

/** One order with its customer, service, provider, timeline and requests. */
export const GET = route({ auth: { permission: "orders.read" }, params: z.object({ id: orderIdField }) }, async ({ params }) =>
  getOrderForAdmin(params.id),
);
