/** The part of Inngest's `step` our jobs use; the local runner supplies the same shape. */
export type JobStep = {
  run<T>(name: string, fn: () => Promise<T>): Promise<T>;
};

export type JobEvent = { name: string; data: Record<string, unknown> };

/** A background job: its trigger and a thin handler over lib/ verbs, run by Inngest or the local runner. */
export type JobDefinition = {
  id: string;
  trigger: { cron: string } | { event: string };
  /** Inngest throttling (e.g. per provider); the local runner runs one at a time per job anyway. */
  throttle?: { key: string; limit: number; period: `${number}s` | `${number}m` };
  handler: (context: { event: JobEvent; step: JobStep }) => Promise<unknown>;
};
