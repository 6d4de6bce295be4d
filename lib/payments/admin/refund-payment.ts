import type { z } from "zod";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { conflict, notFound } from "@/lib/errors/app-error";
import { money } from "@/lib/money/money";
import { movePayment } from "../move-payment";
import { recordPaymentEvent } from "../record-event";
import type { refundPaymentSchema } from "../schemas";
import { sendPaymentMail } from "../send-payment-mail";
import { requestRefund } from "../sslcommerz/client";
import { sslcommerzConfig } from "../sslcommerz/config";
import { GatewayError } from "../sslcommerz/errors";

type Actor = { id: string; ip?: string | null };

/**
 * Refunds a credited payment: one DEPOSIT_REVERSAL ledger debit (refused if the customer already spent
 * it, unless their credit limit allows), then for an online payment SSLCommerz's refund API, whose own
 * state is kept apart (requested | refunded | failed) so an admin can see and retry it.
 */
export async function refundPayment(actor: Actor, input: z.output<typeof refundPaymentSchema>) {
  const payment = await db.$transaction(async (tx) => {
    const found = await tx.payment.findUnique({ where: { id: input.paymentId }, select: { id: true, method: true, status: true } });
    if (!found) throw notFound("Payment");
    const online = found.method === "SSLCOMMERZ";
    const moved = await movePayment(tx, found.id, {
      to: "REFUNDED",
      source: "admin",
      kind: "refunded",
      message: input.note,
      actorId: actor.id,
      data: { adminNote: input.note, ...(online ? { refundStatus: "requested" } : {}) },
    });
    if (!moved.moved)
      throw conflict("not_refundable", `Only a credited payment can be refunded (this one is ${moved.from?.toLowerCase()}).`);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "payment.refund",
      objectType: "payment",
      objectId: found.id,
      before: { status: moved.from },
      after: { status: "REFUNDED", note: input.note },
      ip: actor.ip,
    });
    return found;
  });
  if (payment.method === "SSLCOMMERZ") await requestGatewayRefund(payment.id, input.note);
  await sendPaymentMail(payment.id, "refunded");
  return db.payment.findUniqueOrThrow({
    where: { id: payment.id },
    select: { id: true, status: true, refundStatus: true, refundRefId: true },
  });
}

/** Asks SSLCommerz to return an online payment's money (also the admin's "retry gateway refund"). */
export async function requestGatewayRefund(paymentId: string, remarks: string) {
  const payment = await db.payment.findUnique({
    where: { id: paymentId },
    select: { id: true, status: true, method: true, amount: true, bankTranId: true, refundStatus: true },
  });
  if (!payment || payment.method !== "SSLCOMMERZ" || payment.status !== "REFUNDED") throw notFound("Refunded online payment");
  if (payment.refundStatus === "refunded") return;
  const config = await sslcommerzConfig();
  const fail = async (message: string) => {
    await db.payment.update({ where: { id: payment.id }, data: { refundStatus: "failed" } });
    await recordPaymentEvent(db, { paymentId: payment.id, source: "admin", kind: "gateway_refund.failed", result: "refused", message });
  };
  if (!config || !payment.bankTranId) return fail(config ? "No bank_tran_id is stored for this payment" : "SSLCommerz is not configured");
  try {
    const answer = await requestRefund(config, { bankTranId: payment.bankTranId, amount: money(payment.amount).toFixed(2), remarks });
    const status = answer.status?.toLowerCase();
    if (status === "success" || status === "processing") {
      await db.payment.update({
        where: { id: payment.id },
        data: { refundStatus: "requested", refundRefId: answer.refund_ref_id ?? null },
      });
      await recordPaymentEvent(db, {
        paymentId: payment.id,
        source: "admin",
        kind: "gateway_refund.requested",
        result: "accepted",
        message: `refund_ref_id ${answer.refund_ref_id ?? "?"}`,
      });
    } else {
      await fail(`SSLCommerz refused the refund: ${answer.errorReason?.slice(0, 200) ?? answer.status ?? "no reason"}`);
    }
  } catch (error) {
    if (!(error instanceof GatewayError)) throw error;
    await fail(error.message);
  }
}
