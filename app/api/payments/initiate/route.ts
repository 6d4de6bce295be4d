import { route } from "@/lib/http/route";
import { initiatePayment } from "@/lib/payments/initiate-payment";
import { initiatePaymentSchema } from "@/lib/payments/schemas";

/** {method, amount} → {paymentId, tranId, amount, redirectUrl}. Idempotency-Key: a replay returns the same payment. */
export const POST = route({ auth: "user", body: initiatePaymentSchema, status: 201 }, async ({ req, user, body }) => {
  return initiatePayment(user.id, body, { idempotencyKey: req.headers.get("idempotency-key") });
});
