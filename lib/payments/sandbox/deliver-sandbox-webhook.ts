import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import { money } from "@/lib/money/money";
import { sandboxAllowed } from "../config";
import { recordPaymentEvent } from "../record-event";
import { receiveWebhook, type WebhookOutcome } from "../webhooks/receive-webhook";
import { SIGNATURE_HEADER, signSandboxBody } from "./signature";

export type SandboxOutcome = "PAID" | "FAILED" | "CANCELED";

/**
 * The sandbox checkout's Pay / Fail / Cancel: the "gateway" signs a webhook about the customer's own
 * pending payment and hands it to the same receiver the HTTP route uses. The checkout never credits
 * by itself: the signed delivery does, through the same checks as any gateway's.
 */
export async function deliverSandboxWebhook(userId: string, tranId: string, outcome: SandboxOutcome): Promise<WebhookOutcome> {
  if (!sandboxAllowed()) throw new AppError("gateway_off", "The sandbox gateway is disabled on this panel", 404);
  const payment = await db.payment.findFirst({
    where: { tranId, userId, method: "SANDBOX" },
    select: { id: true, amount: true, currency: true, status: true },
  });
  if (!payment) throw notFound("Payment");
  await recordPaymentEvent(db, {
    paymentId: payment.id,
    source: "sandbox",
    kind: `checkout.${outcome.toLowerCase()}`,
    result: "info",
    message: `The customer chose ${outcome} on the sandbox checkout`,
  });
  const rawBody = JSON.stringify({
    tran_id: tranId,
    status: outcome,
    amount: money(payment.amount).toFixed(2),
    currency: payment.currency,
    charge_id: `ch_${randomBytes(8).toString("hex")}`,
  });
  const headers = new Headers({ "content-type": "application/json", [SIGNATURE_HEADER]: signSandboxBody(rawBody) });
  return receiveWebhook("sandbox", { contentType: "application/json", rawBody, headers });
}
