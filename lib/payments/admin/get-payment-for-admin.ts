import { db } from "@/lib/db";
import { money } from "@/lib/money/money";
import { ADMIN_PAYMENT_SELECT } from "./list-payments-for-admin";

/** One payment with its whole history (webhook deliveries included), for the admin page. */
export async function getPaymentForAdmin(id: string) {
  const payment = await db.payment.findUnique({
    where: { id },
    select: {
      ...ADMIN_PAYMENT_SELECT,
      currency: true,
      gatewayValidationId: true,
      bankTranId: true,
      cardType: true,
      riskLevel: true,
      adminNote: true,
      refundRefId: true,
      refundedAt: true,
      reviewedById: true,
      events: { orderBy: { createdAt: "asc" }, take: 500 },
    },
  });
  return payment ? { ...payment, amount: money(payment.amount).toFixed(2) } : null;
}
