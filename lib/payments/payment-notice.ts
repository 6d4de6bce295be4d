import type { PaymentStatus } from "@/lib/db/generated/enums";
import { money } from "@/lib/money/money";

type NoticePayment = { id: string; userId: string; amount: { toString(): string }; tranId: string; adminNote: string | null };

/** The customer's in-app notice for a move worth telling (the kind is the message key). */
export function paymentNotice(payment: NoticePayment, to: PaymentStatus) {
  const amount = `৳${money(payment.amount).toFixed(2)}`;
  const link = `/user/payments/${payment.tranId}`;
  switch (to) {
    case "COMPLETED":
    case "APPROVED":
      return {
        userId: payment.userId,
        kind: "payment.credited",
        title: `${amount} added to your balance`,
        body: `Payment ${payment.tranId} was credited.`,
        link,
      };
    case "REJECTED":
      return {
        userId: payment.userId,
        kind: "payment.rejected",
        title: `Payment of ${amount} rejected`,
        body: payment.adminNote ?? "",
        link,
      };
    case "REFUNDED":
      return {
        userId: payment.userId,
        kind: "payment.refunded",
        title: `Payment of ${amount} refunded`,
        body: `${amount} was taken back from your balance.`,
        link,
      };
    default:
      return null;
  }
}
