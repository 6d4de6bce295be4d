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

/** Generates AUTH_SECRET once into .env.local (git-ignored) when it is not configured. */
export function ensureLocalSecrets(log: (line: string) => void): void {
  if (process.env.AUTH_SECRET) return;
  if (process.env.NODE_ENV === "production") return; // production must configure its own secrets
  const secret = randomBytes(32).toString("base64url");
  appendFileSync(LOCAL_ENV_FILE, `${existsSync(LOCAL_ENV_FILE) ? "\n" : ""}# Generated on first run for local use only.\nAUTH_SECRET=${secret}\n`);
  process.env.AUTH_SECRET = secret;
  log(`Generated a local AUTH_SECRET in ${LOCAL_ENV_FILE}`);
}
