"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { permissionAction } from "@/lib/http/action";
import { refundPayment, requestGatewayRefund } from "@/lib/payments/admin/refund-payment";
import { reviewManualPayment } from "@/lib/payments/admin/review-manual-payment";
import { setRiskHold } from "@/lib/payments/admin/set-risk-hold";
import { savePaymentSettings } from "@/lib/payments/admin/save-payment-settings";
import { paymentSettingsSchema, refundPaymentSchema, reviewPaymentSchema, riskHoldSchema } from "@/lib/payments/schemas";

const refresh = (paymentId: string) => {
  revalidatePath(`/admin/payments/${paymentId}`);
  revalidatePath("/admin/payments");
};

export const reviewPaymentAction = permissionAction("payments.manage")
  .schema(reviewPaymentSchema)
  .action(async (input, { user, ip }) => {
    const result = await reviewManualPayment({ id: user.id, ip }, input);
    refresh(input.paymentId);
    return result;
  });

export const refundPaymentAction = permissionAction("payments.manage")
  .schema(refundPaymentSchema)
  .action(async (input, { user, ip }) => {
    const result = await refundPayment({ id: user.id, ip }, input);
    refresh(input.paymentId);
    return result;
  });

export const retryGatewayRefundAction = permissionAction("payments.manage")
  .schema(z.object({ paymentId: z.string().min(1).max(64) }))
  .action(async ({ paymentId }) => {
    await requestGatewayRefund(paymentId, "Refund retried by an admin");
    refresh(paymentId);
    return { paymentId };
  });

export const riskHoldAction = permissionAction("payments.manage")
  .schema(riskHoldSchema)
  .action(async (input, { user, ip }) => {
    const result = await setRiskHold({ id: user.id, ip }, input);
    refresh(input.paymentId);
    return result;
  });

export const savePaymentSettingsAction = permissionAction("settings.manage")
  .schema(paymentSettingsSchema)
  .action(async (input, { user, ip }) => {
    await savePaymentSettings({ id: user.id, ip }, input);
    revalidatePath("/admin/payments/settings");
    return { saved: true };
  });
