import { db, type Prisma } from "@/lib/db";
import type { PaymentStatus } from "@/lib/db/generated/enums";
import { movePayment } from "./move-payment";
import { recordPaymentEvent, type PaymentEventInput } from "./record-event";
import { settleValidated, type Settlement } from "./settle-validated";
import { queryTransaction, validateTransaction } from "./sslcommerz/client";
import { sslcommerzConfig } from "./sslcommerz/config";
import { GatewayError } from "./sslcommerz/errors";

type StoredPayment = { id: string; tranId: string; amount: { toString(): string }; currency: string; status: PaymentStatus };

/**
 * Asks SSLCommerz what happened to one payment (transaction query by OUR tran_id), and settles it from
 * that answer: a VALID attempt is re-checked with the validation API and credited; a gateway that says
 * FAILED / CANCELLED moves it there. Nothing the customer's browser or an IPN said is trusted here.
 */
export async function reconcileWithGateway(payment: StoredPayment, source: PaymentEventInput["source"]): Promise<Settlement | null> {
  const config = await sslcommerzConfig();
  if (!config) return null;
  try {
    const answer = await queryTransaction(config, payment.tranId);
    const attempts = answer.element ?? [];
    const valid = attempts.find((attempt) => ["VALID", "VALIDATED"].includes(attempt.status.toUpperCase()) && attempt.val_id);
    if (valid?.val_id) {
      const validation = await validateTransaction(config, valid.val_id);
      return settleValidated(payment, validation, source);
    }
    const statuses = attempts.map((attempt) => attempt.status.toUpperCase());
    const to: PaymentStatus | null = statuses.includes("CANCELLED")
      ? "CANCELED"
      : statuses.length > 0 && statuses.every((status) => status === "FAILED")
        ? "FAILED"
        : null;
    if (to) {
      const outcome = await db.$transaction((tx) =>
        movePayment(tx, payment.id, {
          to,
          source,
          kind: `gateway.${to.toLowerCase()}`,
          message: `SSLCommerz reports ${to.toLowerCase()}`,
          payload: answer as unknown as Prisma.InputJsonValue,
        }),
      );
      if (!outcome.moved)
        await recordPaymentEvent(db, {
          paymentId: payment.id,
          source,
          kind: `late.${to.toLowerCase()}`,
          result: "ignored",
          message: `Gateway says ${to.toLowerCase()}; the payment is already ${outcome.from?.toLowerCase()}`,
        });
      return {
        httpStatus: 200,
        result: outcome.moved ? "refused" : "duplicate",
        code: to.toLowerCase(),
        message: `The gateway reports the payment ${to.toLowerCase()}.`,
      };
    }
    await recordPaymentEvent(db, {
      paymentId: payment.id,
      source,
      kind: "gateway.pending",
      result: "info",
      message:
        attempts.length === 0
          ? "The gateway has no attempt for this tran_id yet"
          : `Gateway statuses: ${statuses.join(", ").slice(0, 200)}`,
    });
    return null;
  } catch (error) {
    if (!(error instanceof GatewayError)) throw error;
    await recordPaymentEvent(db, { paymentId: payment.id, source, kind: "gateway.error", result: "info", message: error.message });
    return null;
  }
}
