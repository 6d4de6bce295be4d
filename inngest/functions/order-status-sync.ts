import type { JobDefinition } from "@/lib/jobs/types";
import { followFinishedChildren } from "@/lib/orders/sync-finished-children";
import { recordSyncRun } from "@/lib/orders/sync-order-statuses";
import { providerClientFor } from "@/lib/providers/provider-client";
import { planStatusSync, sumSyncResults, syncStatusSlice } from "@/lib/orders/sync-status-slices";

/**
 * Every 5 minutes: every open order, grouped by provider, 100 per `status` call; refunds in the same
 * transaction. One step per slice of 2,000 orders of one provider, so no invocation outlives a
 * serverless function's time limit however many orders are open. Then one step for the still-open
 * children of recently finished drip-feeds and subscriptions (no money moves there).
 */
export const orderStatusSyncJob: JobDefinition = {
  id: "order-status-sync",
  trigger: { cron: "*/5 * * * *" },
  handler: async ({ step }) => {
    const plan = await step.run("plan", () => planStatusSync());
    const results = [];
    for (const slice of plan.slices)
      results.push(await step.run(`sync-${slice.providerId}-${slice.index}`, () => syncStatusSlice(slice.providerId, plan.startedAt)));
    // Children still running under drip-feeds and subscriptions that finished (a canceled drip-feed's last run).
    const followed = await step.run("follow-finished-children", () => followFinishedChildren(providerClientFor));
    const total = sumSyncResults(results, Date.now() - new Date(plan.startedAt).getTime());
    total.providerCalls += followed.calls;
    total.errors.push(...followed.errors);
    await step.run("record", () => recordSyncRun("cron", total));
    return total;
  },
};
