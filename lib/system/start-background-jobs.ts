import { setEventSender } from "@/lib/jobs/dispatch";
import { LocalJobRunner } from "@/lib/jobs/local-runner";
import { jobsMode } from "@/lib/jobs/mode";
import type { JobDefinition } from "@/lib/jobs/types";
import { logger } from "@/lib/log/logger";
import { runtimeMode } from "./runtime-mode";

type OutgoingEvent = { name: string; data: Record<string, unknown>; id: string };

/** What the composition root (instrumentation.ts) hands in: the job list and the way to reach Inngest. */
export type BackgroundJobs = { jobs: JobDefinition[]; sendToInngest: (events: OutgoingEvent[]) => Promise<void> };

const holder = globalThis as unknown as { localJobRunner?: LocalJobRunner };

/**
 * At server start: with no Inngest configured (local or server mode), run the jobs in-process;
 * otherwise, and always in serverless mode (a frozen function cannot keep a timer), Inngest calls /api/inngest.
 */
export function startBackgroundJobs({ jobs, sendToInngest }: BackgroundJobs): void {
  const mode = jobsMode();
  if (mode !== "local" || runtimeMode() === "serverless") {
    setEventSender(sendToInngest);
    logger.info({ mode }, "background jobs are served to Inngest at /api/inngest");
    return;
  }
  if (holder.localJobRunner) return;
  const runner = new LocalJobRunner(jobs, logger.child({ component: "jobs" }));
  holder.localJobRunner = runner;
  // Events run in the background of the request that sent them, like Inngest would.
  setEventSender(async (events) => {
    for (const event of events) void runner.dispatch(event);
  });
  runner.start();
}

export function localJobRunner(): LocalJobRunner | undefined {
  return holder.localJobRunner;
}
