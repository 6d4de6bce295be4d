"use server";

import { z } from "zod";
import { userAction } from "@/lib/http/action";
import { deliverSandboxWebhook } from "@/lib/payments/sandbox/deliver-sandbox-webhook";
import { manualPaymentSchema } from "@/lib/payments/schemas";
import { submitManualPayment } from "@/lib/payments/submit-manual-payment";

export const submitManualPaymentAction = userAction
  .schema(manualPaymentSchema)
  .action(async (input, { user }) => submitManualPayment(user.id, input));

/** The sandbox checkout's buttons: the sandbox gateway delivers its signed webhook for this payment. */
export const sandboxCheckoutAction = userAction
  .schema(z.object({ tranId: z.string().min(1).max(30), outcome: z.enum(["PAID", "FAILED", "CANCELED"]) }))
  .action(async ({ tranId, outcome }, { user }) => {
    const delivered = await deliverSandboxWebhook(user.id, tranId, outcome);
    return { result: delivered.result, code: delivered.code };
  });
