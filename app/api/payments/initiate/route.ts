import { route } from "@/lib/http/route";
import { withIdempotency } from "@/lib/http/idempotency";
import { initiatePayment } from "@/lib/payments/initiate-payment";
import { initiatePaymentSchema } from "@/lib/payments/schemas";

/** {method, amount} → {paymentId, tranId, amount, redirectUrl}. Idempotency-Key: a replay returns the same payment. */
export const POST = route({ auth: "user", body: initiatePaymentSchema, status: 201 }, async ({ req, user, body }) => {
  const { result } = await withIdempotency({ userId: user.id, scope: "payments.initiate", key: req.headers.get("idempotency-key"), body }, () => initiatePayment(user.id, body));
  return result;
});
