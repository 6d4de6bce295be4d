import { env, EnvError } from "@/lib/env";
import { logger } from "@/lib/log/logger";
import { describeParts } from "./parts";

/**
 * Called once when the Node.js server starts: a bad environment stops it with every problem named;
 * a good one is logged with its runtime mode and the implementation of each part.
 */
export function checkEnvOnStart(): void {
  try {
    env();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(`\n${error.message}\nSee .env.example and the README's "Runtime modes" for every variable.\n`);
      process.exit(1);
    }
    throw error;
  }
  const { mode, modeReason, parts } = describeParts();
  logger.info({ mode, modeReason, parts }, `runtime mode: ${mode} (${modeReason})`);
}
