import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { money } from "@/lib/money/money";
import { reconcileWithGateway } from "../reconcile-with-gateway";
import { settleValidated } from "../settle-validated";
import { validateTransaction } from "../sslcommerz/client";
import { sslcommerzConfig } from "../sslcommerz/config";
import { GatewayError } from "../sslcommerz/errors";
import { hasValidVerifySign } from "../sslcommerz/verify-sign";
import { requireFields } from "./parse-webhook-body";
import type { WebhookOutcome } from "./receive-webhook";

/**
 * An SSLCommerz IPN is only a hint. verify_sign is the first filter; then the validation API (for
 * VALID) or the transaction query (anything else) decides, against the STORED payment.
 */
export async function handleSslcommerzIpn(fields: Record<string, string>): Promise<WebhookOutcome> {
  requireFields(fields, ["tran_id", "status", "verify_sign", "verify_key"]);
  const config = await sslcommerzConfig();
  if (!config) throw new AppError("gateway_off", "SSLCommerz is not configured on this panel", 404);
  if (!hasValidVerifySign(fields, config.storePassword))
    throw new AppError("bad_signature", "verify_sign: does not match the signed fields", 401);

  const payment = await db.payment.findUnique({
    where: { tranId: fields.tran_id },
    select: { id: true, tranId: true, amount: true, currency: true, status: true, method: true },
  });
  if (!payment || payment.method !== "SSLCOMMERZ") throw new AppError("unknown_payment", "tran_id: no SSLCommerz payment has this id", 404);
  const fail = (code: string, message: string, status: number) => new AppError(code, message, status, { paymentId: payment.id });

  const status = fields.status.toUpperCase();
  try {
    if (status === "VALID" || status === "VALIDATED") {
      requireFields(fields, ["val_id", "amount", "currency"]);
      if (!/^\d{1,12}(\.\d{1,4})?$/.test(fields.amount) || !money(fields.amount).eq(money(payment.amount)))
        throw fail("amount_mismatch", "amount: does not match the payment", 422);
      if (fields.currency !== payment.currency) throw fail("currency_mismatch", `currency: expected ${payment.currency}`, 422);
      const settled = await settleValidated(payment, await validateTransaction(config, fields.val_id), "webhook");
      if (settled.result === "refused") throw fail(settled.code, settled.message, settled.httpStatus);
      return {
        httpStatus: settled.httpStatus,
        code: settled.code,
        message: settled.message,
        paymentId: payment.id,
        result: settled.result,
      };
    }
    // FAILED / CANCELLED / UNATTEMPTED / EXPIRED: ask the gateway rather than believe the hint.
    const settled = await reconcileWithGateway(payment, "webhook");
    return {
      httpStatus: 200,
      code: settled?.code ?? "noted",
      message: settled?.message ?? "Recorded; the gateway has not settled this payment.",
      paymentId: payment.id,
      result: settled?.result ?? "noted",
    };
  } catch (error) {
    if (error instanceof GatewayError) throw fail("gateway_unavailable", `${error.message}; deliver again later`, 503);
    if (error instanceof AppError && !error.details?.paymentId) throw fail(error.code, error.message, error.status);
    throw error;
  }
}
