import { db, type Prisma } from "@/lib/db";
import { money } from "@/lib/money/money";
import { recordPaymentEvent, type PaymentEventInput } from "./record-event";
import { movePayment } from "./move-payment";
import { sendPaymentMail } from "./send-payment-mail";
import type { ValidationAnswer } from "./sslcommerz/types";

export type Settlement = {
  /** HTTP status for a webhook: 2xx settled/duplicate, 4xx refused. */
  httpStatus: number;
  result: "credited" | "held" | "duplicate" | "refused";
  code: string;
  message: string;
};

type StoredPayment = { id: string; tranId: string; amount: { toString(): string }; currency: string };

/**
 * Applies what SSLCommerz's validation API said about a payment. Credits only a VALID/VALIDATED answer
 * whose tran_id is the STORED one and whose amount and currency match exactly; risk_level 1 holds the
 * payment for an admin instead. One val_id settles at most one payment (unique column).
 */
export async function settleValidated(
  payment: StoredPayment,
  answer: ValidationAnswer,
  source: PaymentEventInput["source"],
): Promise<Settlement> {
  const payload = answer as unknown as Prisma.InputJsonValue;
  const refuse = async (code: string, message: string, httpStatus = 422): Promise<Settlement> => {
    await recordPaymentEvent(db, {
      paymentId: payment.id,
      source,
      kind: "validation.refused",
      result: "refused",
      message,
      payload,
      httpStatus,
    });
    return { httpStatus, result: "refused", code, message };
  };
  const status = answer.status.toUpperCase();
  if (status !== "VALID" && status !== "VALIDATED")
    return refuse("not_valid", `status: the validation API answered ${answer.status.slice(0, 40)}`);
  if (answer.tran_id !== payment.tranId) return refuse("tran_id_mismatch", "tran_id: the validated transaction belongs to another payment");
  if (!answer.val_id) return refuse("val_id_missing", "val_id: missing from the validation answer");
  const currencyOk = answer.currency === payment.currency && (!answer.currency_type || answer.currency_type === payment.currency);
  if (!currencyOk) return refuse("currency_mismatch", `currency: expected ${payment.currency}`);
  if (!isAmount(answer.amount) || !money(answer.amount).eq(money(payment.amount)))
    return refuse("amount_mismatch", "amount: does not match the payment");
  if (answer.currency_amount && (!isAmount(answer.currency_amount) || !money(answer.currency_amount).eq(money(payment.amount)))) {
    return refuse("amount_mismatch", "currency_amount: does not match the payment");
  }

  const details = {
    gatewayValidationId: answer.val_id,
    bankTranId: answer.bank_tran_id ?? null,
    cardType: answer.card_type ?? null,
    riskLevel: Number(answer.risk_level ?? 0) || 0,
  };
  if (details.riskLevel === 1) return hold(payment, details, payload, source);

  const outcome = await db.$transaction((tx) =>
    movePayment(tx, payment.id, {
      to: "COMPLETED",
      source,
      kind: "credited",
      message: `Validated by SSLCommerz (${answer.val_id})`,
      payload,
      data: details,
    }),
  );
  if (!outcome.moved) {
    await recordPaymentEvent(db, {
      paymentId: payment.id,
      source,
      kind: "duplicate",
      result: "ignored",
      message: `Already ${outcome.from?.toLowerCase() ?? "settled"}`,
      payload,
      httpStatus: 200,
    });
    return { httpStatus: 200, result: "duplicate", code: "already_settled", message: "The payment was already settled." };
  }
  await sendPaymentMail(payment.id, "credited");
  return { httpStatus: 200, result: "credited", code: "credited", message: "Payment credited." };
}

function isAmount(text: string | null | undefined): text is string {
  return typeof text === "string" && /^\d{1,12}(\.\d{1,4})?$/.test(text.trim());
}

async function hold(
  payment: StoredPayment,
  details: Prisma.PaymentUpdateManyMutationInput,
  payload: Prisma.InputJsonValue,
  source: PaymentEventInput["source"],
): Promise<Settlement> {
  const held = await db.$transaction(async (tx) => {
    const changed = await tx.payment.updateMany({
      where: { id: payment.id, status: { in: ["INITIATED", "PENDING", "EXPIRED"] }, riskHold: false, gatewayValidationId: null },
      data: { ...details, riskHold: true, status: "PENDING" },
    });
    if (changed.count === 1)
      await recordPaymentEvent(tx, {
        paymentId: payment.id,
        source,
        kind: "risk.held",
        result: "accepted",
        toStatus: "PENDING",
        message: "risk_level 1: held for an admin",
        payload,
      });
    return changed.count === 1;
  });
  if (!held) {
    await recordPaymentEvent(db, {
      paymentId: payment.id,
      source,
      kind: "duplicate",
      result: "ignored",
      message: "Already held or settled",
      payload,
      httpStatus: 200,
    });
    return { httpStatus: 200, result: "duplicate", code: "already_settled", message: "The payment was already held or settled." };
  }
  return { httpStatus: 202, result: "held", code: "risk_hold", message: "Verified, held for review (risk level 1)." };
}
