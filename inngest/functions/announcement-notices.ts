import { findStalledAnnouncements, sendAnnouncementNoticeBatch } from "@/lib/announcements/send-announcement-notices";
import type { JobDefinition, JobStep } from "@/lib/jobs/types";

/** Batches one run may take (Inngest allows 1,000 steps a run); a longer fan-out is carried on by the sweep. */
const MAX_BATCHES = 400;

/**
 * Sends an announcement's notices batch after batch, one step per batch, so a failure retries that
 * batch and not the run. Each batch starts from the committed cursor, so a retried step never repeats
 * a committed batch. Stops when done, archived, out of budget, or when another run holds the cursor.
 */
async function sendInBatches(step: JobStep, announcementId: number, prefix: string, budget: number) {
  let sent = 0;
  for (let batch = 0; batch < budget; batch += 1) {
    const result = await step.run(`${prefix}batch-${batch}`, () => sendAnnouncementNoticeBatch(announcementId));
    sent += result.sent;
    if (result.outcome !== "more") return { announcementId, sent, batches: batch + 1, outcome: result.outcome };
  }
  return { announcementId, sent, batches: budget, outcome: "more" as const };
}

/** One run per published announcement (event id announcement-published-<id>, so duplicates collapse). */
export const announcementNoticesJob: JobDefinition = {
  id: "announcement-notices",
  trigger: { event: "announcement/published" },
  handler: async ({ event, step }) => sendInBatches(step, Number(event.data.announcementId), "", MAX_BATCHES),
};

/**
 * Every 5 minutes: a fan-out nobody has moved for a while (its run died, or its event was lost) is
 * carried on from its cursor.
 */
export const announcementNoticeSweepJob: JobDefinition = {
  id: "announcement-notice-sweep",
  trigger: { cron: "*/5 * * * *" },
  handler: async ({ step }) => {
    const stalled = await step.run("find-stalled", () => findStalledAnnouncements({ limit: 5 }));
    const runs = [];
    for (const announcementId of stalled)
      runs.push(await sendInBatches(step, announcementId, `announcement-${announcementId}-`, Math.floor(MAX_BATCHES / stalled.length)));
    return { stalled: stalled.length, runs };
  },
};
