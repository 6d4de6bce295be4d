import type { JobDefinition } from "@/lib/jobs/types";
import { syncOrderStatuses } from "@/lib/orders/sync-order-statuses";

/** Every 5 minutes: every open order, grouped by provider, 100 per `status` call; refunds in the same transaction. */
export const orderStatusSyncJob: JobDefinition = {
  id: "order-status-sync",
  trigger: { cron: "*/5 * * * *" },
  handler: async ({ step }) => step.run("sync", () => syncOrderStatuses({ trigger: "cron" })),
};
