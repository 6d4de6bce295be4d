import type { JobDefinition } from "@/lib/jobs/types";
import { recordSyncRun } from "@/lib/orders/sync-order-statuses";
import { planStatusSync, sumSyncResults, syncStatusSlice } from "@/lib/orders/sync-status-slices";

/**
 * Every 5 minutes: every open order, grouped by provider, 100 per `status` call; refunds in the same
 * transaction. One step per slice of 2,000 orders of one provider, so no invocation outlives a
 * serverless function's time limit however many orders are open.
 */
export const orderStatusSyncJob: JobDefinition = {
  id: "order-status-sync",
  trigger: { cron: "*/5 * * * *" },
  handler: async ({ step }) => {
    const plan = await step.run("plan", () => planStatusSync());
    const results = [];
    for (const slice of plan.slices)
      results.push(await step.run(`sync-${slice.providerId}-${slice.index}`, () => syncStatusSlice(slice.providerId, plan.startedAt)));
    const total = sumSyncResults(results, Date.now() - new Date(plan.startedAt).getTime());
    await step.run("record", () => recordSyncRun("cron", total));
    return total;
  },
};
