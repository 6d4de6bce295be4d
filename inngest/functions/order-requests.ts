import type { JobDefinition } from "@/lib/jobs/types";
import { pollRefillStatuses, retryPendingRequests, settleCancelRequests } from "@/lib/orders/requests/sync-refill-statuses";

/**
 * Every 5 minutes: send again refill/cancel requests that never reached the provider, poll sent refills
 * (100 per `refill_status` call) and end cancel requests whose order the status sync has finished.
 */
export const orderRequestSyncJob: JobDefinition = {
  id: "order-request-sync",
  trigger: { cron: "*/5 * * * *" },
  handler: async ({ step }) => {
    const retried = await step.run("retry-pending", () => retryPendingRequests());
    const refills = await step.run("poll-refills", () => pollRefillStatuses());
    const cancels = await step.run("settle-cancels", () => settleCancelRequests());
    return { retried, refills, cancels };
  },
};
