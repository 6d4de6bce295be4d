import type { JobDefinition } from "@/lib/jobs/types";
import { checkProviderBalance, providersDueForBalanceCheck, type BalanceCheck } from "@/lib/providers/refresh-due-balances";

/**
 * Every 5 minutes; reads the balance of each active provider whose last reading is older than the
 * "providers.balanceCheckMinutes" setting (default 15), records it and alerts on a low-balance
 * crossing. A failing provider is recorded in the result and does not stop the others.
 */
export const providerBalanceCheckJob: JobDefinition = {
  id: "provider-balance-check",
  trigger: { cron: "*/5 * * * *" },
  handler: async ({ step }) => {
    const due = await step.run("find-due-providers", () => providersDueForBalanceCheck());
    const results: BalanceCheck[] = [];
    for (const providerId of due) results.push(await step.run(`check-balance-${providerId}`, () => checkProviderBalance(providerId)));
    return { due: due.length, results };
  },
};
