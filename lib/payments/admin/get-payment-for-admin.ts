import { db } from "@/lib/db";
import { money } from "@/lib/money/money";
import { ADMIN_PAYMENT_SELECT } from "./list-payments-for-admin";

/** One payment with its whole history (webhook deliveries included) and deposit bonus, for the admin page. */
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
      bonusAmount: true,
      reviewedById: true,
      events: { orderBy: { createdAt: "asc" }, take: 500 },
    },
  });
  return payment
    ? {
        ...payment,
        amount: money(payment.amount).toFixed(2),
        bonusAmount: payment.bonusAmount === null ? null : money(payment.bonusAmount).toFixed(2),
      }
    : null;
}
