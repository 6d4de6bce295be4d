import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { toStorage } from "@/lib/money/money";
import { checkAmountAndMethod } from "./check-amount";
import { paymentConfig } from "./config";
import { recordPaymentEvent } from "./record-event";
import type { initiatePaymentSchema } from "./schemas";
import { createSession } from "./sslcommerz/client";
import { sslcommerzConfig } from "./sslcommerz/config";
import { GatewayError } from "./sslcommerz/errors";
import { newTranId } from "./tran-id";
import type { z } from "zod";
import { withIdempotency } from "@/lib/idempotency/with-idempotency";

export type InitiatedPayment = { paymentId: string; tranId: string; amount: string; method: string; status: string; redirectUrl: string };

/**
 * Starts an online payment: the row first (INITIATED, our tran_id), then the gateway session. The
 * customer is sent to the gateway (or the sandbox checkout); nothing is credited here.
 */
export async function initiatePayment(
  userId: string,
  input: z.output<typeof initiatePaymentSchema>,
  options: { idempotencyKey?: string | null } = {},
): Promise<InitiatedPayment> {
  // The layer every door that places orders or starts payments shares: a replay answers the same payment.
  const { result } = await withIdempotency({ userId, scope: "payments.initiate", key: options.idempotencyKey ?? null, body: input }, () =>
    startPayment(userId, input),
  );
  return result;
}

async function startPayment(userId: string, input: z.output<typeof initiatePaymentSchema>): Promise<InitiatedPayment> {
  const config = await paymentConfig();
  const amount = checkAmountAndMethod(config, input.method, input.amount);
  const tranId = newTranId();
  const payment = await db.payment.create({
    data: { userId, method: input.method, status: "INITIATED", tranId, amount: toStorage(amount), currency: "BDT" },
    select: { id: true },
  });
  await recordPaymentEvent(db, {
    paymentId: payment.id,
    source: "initiate",
    kind: "initiated",
    result: "accepted",
    toStatus: "INITIATED",
    message: `${input.method} ৳${amount.toFixed(2)}`,
    actorId: userId,
  });

  let redirectUrl: string;
  if (input.method === "SANDBOX") {
    redirectUrl = `/user/add-funds/sandbox/${tranId}`;
    await db.payment.update({ where: { id: payment.id }, data: { status: "PENDING" } });
  } else {
    redirectUrl = await openSslcommerzSession(userId, payment.id, tranId, amount.toFixed(2));
  }
  await recordPaymentEvent(db, {
    paymentId: payment.id,
    source: "initiate",
    kind: "pending",
    result: "accepted",
    fromStatus: "INITIATED",
    toStatus: "PENDING",
    message: "Customer sent to the gateway",
  });
  return { paymentId: payment.id, tranId, amount: amount.toFixed(2), method: input.method, status: "PENDING", redirectUrl };
}

async function openSslcommerzSession(userId: string, paymentId: string, tranId: string, amount: string): Promise<string> {
  const config = await sslcommerzConfig();
  if (!config) throw new AppError("method_unavailable", "method: SSLCOMMERZ is not configured", 422);
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { fullName: true, email: true, phone: true } });
  const base = env().APP_URL;
  const url = (path: string) => new URL(path, base).toString();
  try {
    const session = await createSession(config, {
      tranId,
      amount,
      successUrl: url("/api/payments/return/success"),
      failUrl: url("/api/payments/return/fail"),
      cancelUrl: url("/api/payments/return/cancel"),
      ipnUrl: url("/api/payments/webhook/sslcommerz"),
      customer: { name: user.fullName, email: user.email, phone: user.phone ?? "01700000000" },
    });
    await db.payment.update({ where: { id: paymentId }, data: { status: "PENDING", sessionKey: session.sessionKey } });
    return session.gatewayUrl;
  } catch (error) {
    if (!(error instanceof GatewayError)) throw error;
    await db.payment.updateMany({ where: { id: paymentId, status: "INITIATED" }, data: { status: "FAILED" } });
    await recordPaymentEvent(db, {
      paymentId,
      source: "initiate",
      kind: "session.failed",
      result: "refused",
      fromStatus: "INITIATED",
      toStatus: "FAILED",
      message: error.message,
    });
    throw new AppError("gateway_unavailable", "The payment gateway could not start the payment. Try again in a minute.", 502);
  }
}
