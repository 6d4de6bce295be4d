import { env } from "@/lib/env";

export type JobsMode = "inngest" | "inngest-dev" | "local";

/**
 * Inngest Cloud with both keys (always so in serverless mode, which requires them), the Inngest dev
 * server with INNGEST_DEV (local mode only), else the in-process runner (local and server modes).
 */
export function jobsMode(): JobsMode {
  const config = env();
  if (config.PANEL_MODE === "serverless" || (config.INNGEST_EVENT_KEY && config.INNGEST_SIGNING_KEY)) return "inngest";
  if (config.INNGEST_DEV) return "inngest-dev";
  return "local";
}
