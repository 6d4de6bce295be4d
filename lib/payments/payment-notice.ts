import type { PaymentStatus } from "@/lib/db/generated/enums";
import { money } from "@/lib/money/money";
import type { Notice } from "@/lib/notifications/notify-user";

type NoticePayment = { id: string; userId: string; amount: { toString(): string }; tranId: string; adminNote: string | null };

/** The customer's in-app notice for a move worth telling (the kind is the message key). */
export function paymentNotice(payment: NoticePayment, to: PaymentStatus): Notice | null {
  const amount = money(payment.amount).toFixed(2);
  const link = `/user/payments/${payment.tranId}`;
  switch (to) {
    case "COMPLETED":
    case "APPROVED":
      return {
        userId: payment.userId,
        kind: "payment.credited",
        title: { key: "stored.notice.paymentCredited", values: { amount } },
        body: { key: "stored.notice.paymentCreditedBody", values: { tranId: payment.tranId } },
        link,
      };
    case "REJECTED":
      return {
        userId: payment.userId,
        kind: "payment.rejected",
        title: { key: "stored.notice.paymentRejected", values: { amount } },
        body: payment.adminNote ?? "",
        link,
      };
    case "REFUNDED":
      return {
        userId: payment.userId,
        kind: "payment.refunded",
        title: { key: "stored.notice.paymentRefunded", values: { amount } },
        body: { key: "stored.notice.paymentRefundedBody", values: { amount } },
        link,
      };
    default:
      return null;
  }
}
