import { providersDueForSync, syncProviderCatalog } from "@/lib/catalog/sync-provider-catalog";
import { isAppError } from "@/lib/errors/app-error";
import type { JobDefinition } from "@/lib/jobs/types";

/**
 * Hourly; syncs each active provider whose last sync is older than the "catalog.syncEveryHours"
 * setting (default 6). One provider failing does not stop the others.
 */
export const catalogSyncJob: JobDefinition = {
  id: "catalog-sync",
  trigger: { cron: "17 * * * *" },
  handler: async ({ step }) => {
    const due = await step.run("find-due-providers", () => providersDueForSync());
    const results: { providerId: string; ok: boolean; detail: string }[] = [];
    for (const providerId of due) {
      const result = await step.run(`sync-${providerId}`, async () => {
        try {
          const synced = await syncProviderCatalog(providerId);
          return { providerId, ok: true, detail: `${synced.updated} updated, ${synced.vanished} vanished` };
        } catch (error) {
          if (!isAppError(error)) throw error;
          return { providerId, ok: false, detail: error.message };
        }
      });
      results.push(result);
    }
    return { due: due.length, results };
  },
};
