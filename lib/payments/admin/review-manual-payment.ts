import type { z } from "zod";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { conflict, notFound } from "@/lib/errors/app-error";
import { movePayment } from "../move-payment";
import type { reviewPaymentSchema } from "../schemas";
import { sendPaymentMail } from "../send-payment-mail";

type Actor = { id: string; ip?: string | null };

/**
 * Approve (credit) or reject a manual bKash/Nagad payment. Concurrent clicks serialise on the row's
 * guarded update: one moves it, the others get a 409 and nothing is credited twice.
 */
export async function reviewManualPayment(actor: Actor, input: z.output<typeof reviewPaymentSchema>) {
  const to = input.decision === "approve" ? "APPROVED" : "REJECTED";
  const outcome = await db.$transaction(async (tx) => {
    const payment = await tx.payment.findUnique({ where: { id: input.paymentId }, select: { id: true, method: true, status: true } });
    if (!payment || (payment.method !== "BKASH_MANUAL" && payment.method !== "NAGAD_MANUAL")) throw notFound("Manual payment");
    const moved = await movePayment(tx, payment.id, {
      to,
      source: "admin",
      kind: input.decision === "approve" ? "approved" : "rejected",
      message: input.note || null,
      actorId: actor.id,
      data: { adminNote: input.note || null, reviewedById: actor.id },
    });
    if (!moved.moved) throw conflict("already_reviewed", `This payment is already ${moved.from?.toLowerCase() ?? "reviewed"}.`);
    await recordAudit(tx, {
      actorId: actor.id,
      action: `payment.${input.decision}`,
      objectType: "payment",
      objectId: payment.id,
      before: { status: moved.from },
      after: { status: to, note: input.note },
      ip: actor.ip,
    });
    return { paymentId: payment.id, status: to };
  });
  await sendPaymentMail(outcome.paymentId, input.decision === "approve" ? "credited" : "rejected");
  return outcome;
}
