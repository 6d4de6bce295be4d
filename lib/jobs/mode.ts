import { env } from "@/lib/env";

export type JobsMode = "inngest" | "inngest-dev" | "local";

/** Inngest Cloud with keys, the Inngest dev server with INNGEST_DEV, else the in-process runner. */
export function jobsMode(): JobsMode {
  const config = env();
  if (config.INNGEST_EVENT_KEY && config.INNGEST_SIGNING_KEY) return "inngest";
  if (config.INNGEST_DEV) return "inngest-dev";
  return "local";
}
