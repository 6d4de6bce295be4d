import { z } from "zod";
import { IDEMPOTENCY_KEY } from "@/lib/idempotency/key";
import { intId } from "@/lib/validation/int4";
import { orderInputSchema } from "./schemas";

/** The mass-order form: "service_id | link | quantity" per line (lib/orders/create-mass-orders.ts reads it). */
/** `submissionId`: issued by the form per text, so sending the same form twice places the orders once. */
export const massOrderSchema = z.object({
  text: z.string().trim().min(1).max(500_000),
  submissionId: z.string().regex(IDEMPOTENCY_KEY).optional(),
});

/** The order form: an order plus the form's submission id (one per order it places), so a double or retried submit places it once. */
export const orderFormSchema = orderInputSchema.extend({ submissionId: z.string().regex(IDEMPOTENCY_KEY).optional() });

/** A refill or cancel request names one of the customer's own orders. */
export const orderIdSchema = z.object({ orderId: intId() });
