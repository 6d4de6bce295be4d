import type { z } from "zod";
import { db, Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { logger } from "@/lib/log/logger";
import { deliverPendingMail } from "@/lib/notifications/deliver-mail";
import { notifyRoles } from "@/lib/notifications/notify-user";
import { toStorage } from "@/lib/money/money";
import { checkAmountAndMethod } from "./check-amount";
import { paymentConfig } from "./config";
import { recordPaymentEvent } from "./record-event";
import type { manualPaymentSchema } from "./schemas";
import { newTranId } from "./tran-id";

export const trxIdTaken = () =>
  new AppError("trx_id_used", "trxId: this TrxID was already submitted", 409, { fields: { trxId: ["was already submitted"] } });

/** A manual bKash/Nagad transfer for an admin to check. The TrxID is unique across all payments. */
export async function submitManualPayment(userId: string, input: z.output<typeof manualPaymentSchema>) {
  const config = await paymentConfig();
  const amount = checkAmountAndMethod(config, input.method, input.amount);
  const trxId = input.trxId.trim().toUpperCase();
  let submitted: { paymentId: string; tranId: string; status: string; amount: string };
  try {
    submitted = await db.$transaction(async (tx) => {
      const payment = await tx.payment.create({
        data: {
          userId,
          method: input.method,
          status: "SUBMITTED",
          tranId: newTranId(),
          amount: toStorage(amount),
          senderNumber: input.senderNumber,
          trxId,
        },
        select: { id: true, tranId: true, status: true },
      });
      await recordPaymentEvent(tx, {
        paymentId: payment.id,
        source: "customer",
        kind: "submitted",
        result: "accepted",
        toStatus: "SUBMITTED",
        message: `${input.method} ৳${amount.toFixed(2)} from ${input.senderNumber}, TrxID ${trxId}`,
        actorId: userId,
      });
      return { paymentId: payment.id, tranId: payment.tranId, status: payment.status, amount: amount.toFixed(2) };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw trxIdTaken();
    throw error;
  }
  await tellAdmins(submitted, input.method, trxId);
  return submitted;
}

/** A mail to the admins that a transfer waits for review; a mail failure never fails the submission. */
async function tellAdmins(payment: { paymentId: string; tranId: string; amount: string }, method: string, trxId: string) {
  try {
    const notices = await notifyRoles(db, ["ADMIN"], {
      kind: "payment.review",
      title: `Manual payment to review: ৳${payment.amount} (${method === "BKASH_MANUAL" ? "bKash" : "Nagad"})`,
      body: `Payment ${payment.tranId}, TrxID ${trxId}, waits for review.`,
      link: `/admin/payments/${payment.paymentId}`,
    });
    await deliverPendingMail({ ids: notices });
  } catch (error) {
    logger.error(
      { paymentId: payment.paymentId, err: error instanceof Error ? error.message : "unknown" },
      "could not tell the admins about a manual payment",
    );
  }
}
