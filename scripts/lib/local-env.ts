// Tooling only (the app itself reads configuration through lib/env.ts): loads .env files and, on a
// developer's machine, writes the local secrets the panel needs on first run.
import { randomBytes } from "node:crypto";
import { appendFileSync, existsSync } from "node:fs";

const LOCAL_ENV_FILE = ".env.local";

export function loadEnvFiles(): void {
  // Earlier files win: variables already set in the shell are never overridden.
  for (const file of [LOCAL_ENV_FILE, ".env"]) {
    if (existsSync(file)) process.loadEnvFile(file);
  }
}

const LOCAL_SECRETS = {
  AUTH_SECRET: () => randomBytes(32).toString("base64url"),
  ENCRYPTION_KEY: () => randomBytes(32).toString("base64"),
};

/** Generates the secrets that are missing, once, into .env.local (git-ignored). Local mode only: callers check. */
export function ensureLocalSecrets(log: (line: string) => void): void {
  for (const [name, generate] of Object.entries(LOCAL_SECRETS)) {
    if (process.env[name]) continue;
    const value = generate();
    appendFileSync(
      LOCAL_ENV_FILE,
      `${existsSync(LOCAL_ENV_FILE) ? "\n" : ""}# Generated on first run for local use only.\n${name}=${value}\n`,
    );
    process.env[name] = value;
    log(`Generated a local ${name} in ${LOCAL_ENV_FILE}`);
  }
}
