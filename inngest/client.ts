import { Inngest } from "inngest";
import type { JobDefinition, JobStep } from "@/lib/jobs/types";
import { jobs } from "./functions";

// The SDK reads INNGEST_DEV / INNGEST_SIGNING_KEY / INNGEST_EVENT_KEY itself (lib/jobs/mode.ts
// decides whether it is used at all); nothing here may read the environment at import time,
// because `next build` loads this module without one.
export const inngest = new Inngest({ id: "smm-panel" });

/** The job definitions as Inngest functions (served at /api/inngest). */
export function toInngestFunction(job: JobDefinition) {
  return inngest.createFunction(
    { id: job.id, triggers: [job.trigger], ...(job.throttle ? { throttle: job.throttle } : {}) },
    async ({ event, step }) => {
      const jobStep: JobStep = { run: (name, fn) => step.run(name, fn) as Promise<never> };
      return job.handler({ event: { name: event.name, data: (event.data ?? {}) as Record<string, unknown> }, step: jobStep });
    },
  );
}

export const inngestFunctions = jobs.map(toInngestFunction);
