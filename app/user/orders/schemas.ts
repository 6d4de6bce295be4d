import { z } from "zod";

/** The mass-order form: "service_id | link | quantity" per line (lib/orders/create-mass-orders.ts reads it). */
export const massOrderSchema = z.object({ text: z.string().trim().min(1).max(500_000) });

/** A refill or cancel request names one of the customer's own orders. */
export const orderIdSchema = z.object({ orderId: z.coerce.number().int().positive().max(2_147_483_647) });
