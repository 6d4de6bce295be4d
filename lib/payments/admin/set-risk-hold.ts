import type { z } from "zod";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { conflict } from "@/lib/errors/app-error";
import { movePayment } from "../move-payment";
import { recordPaymentEvent } from "../record-event";
import type { riskHoldSchema } from "../schemas";
import { sendPaymentMail } from "../send-payment-mail";

type Actor = { id: string; ip?: string | null };

/**
 * Marks an open online payment as held (it will not be credited automatically), or clears a hold: a
 * payment the gateway already validated is then credited in the same transaction.
 */
export async function setRiskHold(actor: Actor, input: z.output<typeof riskHoldSchema>) {
  const credited = await db.$transaction(async (tx) => {
    const changed = await tx.payment.updateMany({
      where: {
        id: input.paymentId,
        riskHold: !input.hold,
        status: { in: ["INITIATED", "PENDING", "EXPIRED"] },
        method: { in: ["SSLCOMMERZ", "SANDBOX"] },
      },
      data: { riskHold: input.hold, ...(input.note ? { adminNote: input.note } : {}) },
    });
    if (changed.count === 0)
      throw conflict(
        "hold_unchanged",
        input.hold ? "Only an open online payment that is not held can be held." : "This payment is not held.",
      );
    await recordPaymentEvent(tx, {
      paymentId: input.paymentId,
      source: "admin",
      kind: input.hold ? "risk.held" : "risk.cleared",
      result: "accepted",
      message: input.note || null,
      actorId: actor.id,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: input.hold ? "payment.hold" : "payment.release",
      objectType: "payment",
      objectId: input.paymentId,
      after: { riskHold: input.hold, note: input.note },
      ip: actor.ip,
    });
    if (input.hold) return false;
    const payment = await tx.payment.findUniqueOrThrow({ where: { id: input.paymentId }, select: { gatewayValidationId: true } });
    if (!payment.gatewayValidationId) return false;
    const moved = await movePayment(tx, input.paymentId, {
      to: "COMPLETED",
      source: "admin",
      kind: "credited",
      message: "Hold cleared by an admin; the gateway had validated the payment",
      actorId: actor.id,
    });
    return moved.moved;
  });
  if (credited) await sendPaymentMail(input.paymentId, "credited");
  return { paymentId: input.paymentId, riskHold: input.hold, credited };
}
