import { mailBrand } from "@/lib/brand/mail-brand";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/log/logger";
import { mailWanted } from "@/lib/notifications/notify-user";
import { sendMail } from "@/lib/notifications/send-mail";
import { paymentMail } from "./payment-mail";

/**
 * The e-mail receipt (credited) or rejection, sent after the transaction committed. A mail failure is
 * logged and never undoes or fails the credit.
 */
export async function sendPaymentMail(paymentId: string, kind: "credited" | "rejected" | "refunded"): Promise<void> {
  try {
    const payment = await db.payment.findUnique({
      where: { id: paymentId },
      select: {
        tranId: true,
        amount: true,
        bonusAmount: true,
        method: true,
        adminNote: true,
        completedAt: true,
        user: { select: { id: true, email: true, fullName: true, locale: true } },
      },
    });
    if (!payment) return;
    // The receipt is this kind's e-mail (the in-app notice queues none), so the user's switch applies here.
    if (kind !== "refunded" && !(await mailWanted(db, payment.user.id, `payment.${kind}`))) return;
    const mail = paymentMail({
      kind,
      name: payment.user.fullName,
      locale: payment.user.locale,
      tranId: payment.tranId,
      amount: payment.amount.toString(),
      method: payment.method,
      bonus: payment.bonusAmount?.toString() ?? null,
      note: payment.adminNote,
      link: new URL(`/user/payments/${payment.tranId}`, env().APP_URL).toString(),
      brand: await mailBrand(payment.user.locale),
    });
    await sendMail({ to: payment.user.email, ...mail });
  } catch (error) {
    logger.error({ paymentId, kind, err: error instanceof Error ? error.message : "unknown" }, "payment e-mail could not be sent");
  }
}
