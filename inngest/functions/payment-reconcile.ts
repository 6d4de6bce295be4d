import type { JobDefinition } from "@/lib/jobs/types";
import { reconcilePayments } from "@/lib/payments/reconcile-payments";

/** Every 5 minutes: ask the gateway about payments pending too long, settle them, expire abandoned ones. */
export const paymentReconcileJob: JobDefinition = {
  id: "payment-reconcile",
  trigger: { cron: "*/5 * * * *" },
  handler: async ({ step }) => step.run("reconcile", () => reconcilePayments()),
};
