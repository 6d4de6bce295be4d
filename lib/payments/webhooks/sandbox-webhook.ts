import { db } from "@/lib/db";
import type { PaymentStatus } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors/app-error";
import { money } from "@/lib/money/money";
import { sandboxAllowed } from "../config";
import { movePayment } from "../move-payment";
import { recordPaymentEvent } from "../record-event";
import { checkSandboxSignature, SIGNATURE_HEADER } from "../sandbox/signature";
import { sendPaymentMail } from "../send-payment-mail";
import { requireFields } from "./parse-webhook-body";
import type { WebhookDelivery, WebhookOutcome } from "./receive-webhook";

const OUTCOME: Record<string, PaymentStatus> = { PAID: "COMPLETED", FAILED: "FAILED", CANCELED: "CANCELED" };

/** The built-in sandbox gateway's webhook: HMAC over timestamp and raw body, then the stored payment decides. */
export async function handleSandboxWebhook(fields: Record<string, string>, delivery: WebhookDelivery): Promise<WebhookOutcome> {
  if (!sandboxAllowed()) throw new AppError("gateway_off", "The sandbox gateway is disabled on this panel", 404);
  const check = checkSandboxSignature(delivery.headers.get(SIGNATURE_HEADER), delivery.rawBody);
  if (check !== "ok") throw new AppError("bad_signature", `${SIGNATURE_HEADER}: ${check}`, 401);
  requireFields(fields, ["tran_id", "status", "amount", "currency", "charge_id"]);
  const to = OUTCOME[fields.status];
  if (!to) throw new AppError("invalid_field", "status: must be PAID, FAILED or CANCELED", 400);

  const payment = await db.payment.findUnique({
    where: { tranId: fields.tran_id },
    select: { id: true, amount: true, currency: true, method: true },
  });
  if (!payment || payment.method !== "SANDBOX") throw new AppError("unknown_payment", "tran_id: no sandbox payment has this id", 404);
  const fail = (code: string, message: string, status: number) => new AppError(code, message, status, { paymentId: payment.id });
  if (!/^\d{1,12}(\.\d{1,4})?$/.test(fields.amount) || !money(fields.amount).eq(money(payment.amount)))
    throw fail("amount_mismatch", "amount: does not match the payment", 422);
  if (fields.currency !== payment.currency) throw fail("currency_mismatch", `currency: expected ${payment.currency}`, 422);

  const data = to === "COMPLETED" ? { gatewayValidationId: `sandbox:${fields.charge_id.slice(0, 80)}` } : {};
  try {
    const outcome = await db.$transaction((tx) =>
      movePayment(tx, payment.id, {
        to,
        source: "webhook",
        kind: `sandbox.${fields.status.toLowerCase()}`,
        message: `Sandbox gateway: ${fields.status}`,
        data,
      }),
    );
    if (!outcome.moved) {
      await recordPaymentEvent(db, {
        paymentId: payment.id,
        source: "webhook",
        kind: "late",
        result: "ignored",
        message: `${fields.status} after ${outcome.from?.toLowerCase()}: recorded and ignored`,
      });
      return {
        httpStatus: 200,
        code: "already_settled",
        message: "The payment was already settled.",
        paymentId: payment.id,
        result: "duplicate",
      };
    }
  } catch (error) {
    if (error instanceof AppError) throw fail(error.code, error.message, error.status);
    throw error;
  }
  if (to === "COMPLETED") await sendPaymentMail(payment.id, "credited");
  return {
    httpStatus: 200,
    code: to.toLowerCase(),
    message: `Payment ${to.toLowerCase()}.`,
    paymentId: payment.id,
    result: to === "COMPLETED" ? "credited" : to.toLowerCase(),
  };
}
