import { logger } from "@/lib/log/logger";
import { pollRefillStatuses, type RefillPollResult } from "./poll-refill-statuses";
import { retryPendingRequests, type RetryResult } from "./retry-pending-requests";
import { settleCancelRequests, type SettleResult } from "./settle-cancel-requests";

export type RequestSyncResult = { retried: RetryResult; refills: RefillPollResult; cancels: SettleResult };

/**
 * One pass over open refill and cancel requests: send again what never reached the provider, ask
 * providers about sent refills (100 per `refill_status` call), and end cancel requests whose order
 * the status sync has finished. The cron job runs the three parts as separate steps.
 */
export async function syncRefillStatuses(): Promise<RequestSyncResult> {
  const retried = await retryPendingRequests();
  const refills = await pollRefillStatuses();
  const cancels = await settleCancelRequests();
  logger.info(
    { retried: retried.retried, checked: refills.checked, changed: refills.changed, errors: refills.errors.length, ...cancels },
    "order requests synced",
  );
  return { retried, refills, cancels };
}

export { pollRefillStatuses, retryPendingRequests, settleCancelRequests };
