import { route } from "@/lib/http/route";
import { verifyPaymentSchema } from "@/lib/payments/schemas";
import { verifyPayment } from "@/lib/payments/verify-payment";

/** {tranId} → the customer's own payment after re-checking it with the gateway. Safe to repeat. */
export const POST = route({ auth: "user", body: verifyPaymentSchema }, async ({ user, body }) => verifyPayment(user.id, body.tranId));
