import { db } from "@/lib/db";
import { notFound } from "@/lib/errors/app-error";
import { ownPaymentView } from "./payment-view";
import { reconcileWithGateway } from "./reconcile-with-gateway";

/**
 * The return pages' "ask the server": re-checks an online payment with the gateway (transaction query,
 * then validation API). Safe to call any number of times: settling is guarded and credits once.
 */
export async function verifyPayment(userId: string, tranId: string) {
  const payment = await db.payment.findFirst({
    where: { tranId, userId },
    select: { id: true, tranId: true, amount: true, currency: true, status: true, method: true, riskHold: true },
  });
  if (!payment) throw notFound("Payment");
  if (payment.method === "SSLCOMMERZ" && !payment.riskHold && ["INITIATED", "PENDING", "EXPIRED"].includes(payment.status)) {
    await reconcileWithGateway(payment, "verify");
  }
  const view = await ownPaymentView(userId, tranId);
  if (!view) throw notFound("Payment");
  return view;
}
