import type { JobDefinition } from "@/lib/jobs/types";
import { syncGatewayRefunds } from "@/lib/payments/admin/sync-gateway-refunds";
import { reconcilePayments } from "@/lib/payments/reconcile-payments";

/** Every 5 minutes: ask the gateway about payments pending too long, settle them, expire abandoned ones; follow requested refunds. */
export const paymentReconcileJob: JobDefinition = {
  id: "payment-reconcile",
  trigger: { cron: "*/5 * * * *" },
  handler: async ({ step }) => {
    const payments = await step.run("reconcile", () => reconcilePayments());
    const refunds = await step.run("refunds", () => syncGatewayRefunds());
    return { ...payments, refunds };
  },
};
