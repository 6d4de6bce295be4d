import { Cron } from "croner";
import type { Logger } from "@/lib/log/logger";
import type { JobDefinition, JobEvent, JobStep } from "./types";

/**
 * Runs the same job handlers in-process when no Inngest is configured: crons on a timer, events on
 * dispatch. A job never overlaps itself (a cron tick while it still runs is skipped). Steps run
 * directly, with their names logged; there is no durable retry here — that is what Inngest adds.
 */
export class LocalJobRunner {
  private readonly crons: Cron[] = [];
  private readonly running = new Set<string>();

  constructor(
    private readonly jobs: JobDefinition[],
    private readonly log: Logger,
  ) {}

  start(): void {
    for (const job of this.jobs) {
      if ("cron" in job.trigger) {
        this.crons.push(new Cron(job.trigger.cron, { protect: true }, () => void this.run(job, { name: "cron", data: {} })));
      }
    }
    this.log.info(
      { jobs: this.jobs.map((job) => job.id) },
      "background jobs run in-process (local mode: no Inngest keys, INNGEST_DEV unset)",
    );
  }

  stop(): void {
    for (const cron of this.crons) cron.stop();
    this.crons.length = 0;
  }

  /** Runs every job listening for this event; resolves when they are done. */
  async dispatch(event: JobEvent): Promise<void> {
    const listeners = this.jobs.filter((job) => "event" in job.trigger && job.trigger.event === event.name);
    await Promise.all(listeners.map((job) => this.run(job, event)));
  }

  async run(job: JobDefinition, event: JobEvent): Promise<unknown> {
    const key = "cron" in job.trigger ? job.id : `${job.id}:${JSON.stringify(event.data)}`;
    if (this.running.has(key)) {
      this.log.info({ job: job.id }, "job still running; this trigger is skipped");
      return undefined;
    }
    this.running.add(key);
    const started = Date.now();
    const step: JobStep = {
      run: async (name, fn) => {
        this.log.debug({ job: job.id, step: name }, "step");
        return fn();
      },
    };
    try {
      const result = await job.handler({ event, step });
      this.log.info({ job: job.id, ms: Date.now() - started }, "job finished");
      return result;
    } catch (error) {
      this.log.error({ job: job.id, err: error }, "job failed");
      return undefined;
    } finally {
      this.running.delete(key);
    }
  }
}
