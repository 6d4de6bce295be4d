import type { PaymentStatus } from "@/lib/db/generated/enums";
import { money, type Money } from "@/lib/money/money";
import type { Notice } from "@/lib/notifications/notify-user";

type NoticePayment = { id: string; userId: string; amount: { toString(): string }; tranId: string; adminNote: string | null };

/**
 * The customer's in-app notice for a move worth telling (the kind is the message key); `bonus` is the
 * deposit bonus the same move credited or took back (lib/payments/bonus), named in the body.
 */
export function paymentNotice(payment: NoticePayment, to: PaymentStatus, bonus: Money | null = null): Notice | null {
  const amount = money(payment.amount).toFixed(2);
  const bonusText = bonus?.toFixed(2);
  const link = `/user/payments/${payment.tranId}`;
  switch (to) {
    case "COMPLETED":
    case "APPROVED":
      return {
        userId: payment.userId,
        kind: "payment.credited",
        title: { key: "stored.notice.paymentCredited", values: { amount } },
        body: bonusText
          ? { key: "stored.notice.paymentCreditedBonusBody", values: { tranId: payment.tranId, bonus: bonusText } }
          : { key: "stored.notice.paymentCreditedBody", values: { tranId: payment.tranId } },
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
        body: bonusText
          ? { key: "stored.notice.paymentRefundedBonusBody", values: { amount, bonus: bonusText } }
          : { key: "stored.notice.paymentRefundedBody", values: { amount } },
        link,
      };
    default:
      return null;
  }
}
