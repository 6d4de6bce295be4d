import { databaseSettings, poolConfig } from "@/lib/db/connection-options";
import { env, EnvError } from "@/lib/env";
import { logger } from "@/lib/log/logger";
import { describeParts } from "./parts";

/**
 * Called once when the Node.js server starts: a bad environment stops it with every problem named;
 * a good one is logged with its runtime mode and the implementation of each part.
 */
export function checkEnvOnStart(): void {
  try {
    const config = env();
    // Reads the CA file now, so a wrong path stops the start rather than the first query.
    poolConfig(config.DATABASE_URL, databaseSettings(config));
  } catch (error) {
    const message =
      error instanceof EnvError
        ? error.message
        : error instanceof Error && "path" in error
          ? `The database CA certificate (DATABASE_CA_CERT_FILE or sslrootcert) cannot be read: ${error.message}`
          : null;
    if (message) {
      console.error(`\n${message}\nSee .env.example and the README's "Runtime modes" for every variable.\n`);
      process.exit(1);
    }
    throw error;
  }
  const { mode, modeReason, parts } = describeParts();
  logger.info({ mode, modeReason, parts }, `runtime mode: ${mode} (${modeReason})`);
}
