import { db, type Prisma } from "@/lib/db";
import { AppError, isAppError } from "@/lib/errors/app-error";
import { logger } from "@/lib/log/logger";
import { withoutNul } from "@/lib/validation/no-nul";
import { recordPaymentEvent } from "../record-event";
import { parseWebhookBody } from "./parse-webhook-body";
import { handleSandboxWebhook } from "./sandbox-webhook";
import { handleSslcommerzIpn } from "./sslcommerz-ipn";

export type WebhookDelivery = { contentType: string; rawBody: string; headers: Headers };
export type WebhookOutcome = { httpStatus: number; code: string; message: string; paymentId: string | null; result: string };

const HANDLERS = { sslcommerz: handleSslcommerzIpn, sandbox: handleSandboxWebhook } as const;

/**
 * Every delivery to /api/payments/webhook/{gateway}: parsed, verified by the gateway's handler, and
 * stored with its payload and result whatever happens (forgeries too). Refusals are 4xx; a fault of
 * ours is re-thrown (500) so the gateway delivers again.
 */
export async function receiveWebhook(gateway: string, delivery: WebhookDelivery): Promise<WebhookOutcome> {
  let fields: Record<string, string> | null = null;
  let outcome: WebhookOutcome;
  try {
    // Own keys only: `constructor` and `__proto__` are "in" every object.
    const handle = Object.hasOwn(HANDLERS, gateway) ? HANDLERS[gateway as keyof typeof HANDLERS] : undefined;
    if (!handle)
      throw new AppError("unknown_gateway", `gateway: "${withoutNul(gateway.slice(0, 40))}" is not a payment gateway of this panel`, 404);
    fields = parseWebhookBody(delivery.contentType, delivery.rawBody);
    outcome = await handle(fields, delivery);
  } catch (error) {
    if (!isAppError(error)) throw error;
    outcome = { httpStatus: error.status, code: error.code, message: error.message, paymentId: paymentIdOf(error), result: "refused" };
  }
  // Stored as sent, but PostgreSQL takes no NUL in text or jsonb: a refused body keeps them visible as \0.
  const payload = (fields ?? { rawBody: withoutNul(delivery.rawBody.slice(0, 2000)) }) as Prisma.InputJsonValue;
  await recordPaymentEvent(db, {
    paymentId: outcome.paymentId,
    source: "webhook",
    kind: `${withoutNul(gateway.slice(0, 40))}.delivery`,
    result: outcome.httpStatus < 300 ? (outcome.result === "duplicate" ? "ignored" : "accepted") : "refused",
    message: `${outcome.code}: ${outcome.message}`.slice(0, 500),
    payload,
    httpStatus: outcome.httpStatus,
  });
  if (outcome.httpStatus >= 400)
    logger.warn({ gateway, code: outcome.code, httpStatus: outcome.httpStatus, paymentId: outcome.paymentId }, "payment webhook refused");
  return outcome;
}

function paymentIdOf(error: AppError): string | null {
  const id = error.details?.paymentId;
  return typeof id === "string" ? id : null;
}
