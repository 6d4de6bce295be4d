import { jobs } from "@/inngest/functions";
import { LocalJobRunner } from "@/lib/jobs/local-runner";
import { jobsMode } from "@/lib/jobs/mode";
import { logger } from "@/lib/log/logger";

const holder = globalThis as unknown as { localJobRunner?: LocalJobRunner };

/** At server start: in local mode, run the Inngest jobs in-process; otherwise Inngest calls /api/inngest. */
export function startBackgroundJobs(): void {
  const mode = jobsMode();
  if (mode !== "local") {
    logger.info({ mode }, "background jobs are served to Inngest at /api/inngest");
    return;
  }
  if (holder.localJobRunner) return;
  holder.localJobRunner = new LocalJobRunner(jobs, logger.child({ component: "jobs" }));
  holder.localJobRunner.start();
}

export function localJobRunner(): LocalJobRunner | undefined {
  return holder.localJobRunner;
}
