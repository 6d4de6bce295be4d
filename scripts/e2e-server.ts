// The server for the browser tests (started by playwright.config.ts → webServer): the production
// build on port 3100 over a fresh embedded PostgreSQL on port 54340, so it never meets a developer's
// `npm run dev` (port 3000, .data/postgres). Needs `npx next build` first.
//
// E2E_DATABASE_URL=postgresql://…@localhost/… uses that database instead (demo accounts are seeded
// into it). Only local databases are accepted: the tests create users and move money.
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { loadEnvFiles } from "./lib/local-env";
import { serve } from "./lib/serve";

const PORT = process.env.E2E_PORT || "3100";
const DATA_DIR = ".data/e2e-postgres";
// E2E_PORT / E2E_DB_PORT move both, so two checkouts can run their browser tests side by side.
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

const log = (line: string) => console.log(`[e2e] ${line}`);

// Read .env files now, so what they hold is seen (and overridden) here: serve() loads them again,
// and loading only fills variables that are not set at all, so an empty string keeps a file's value out.
loadEnvFiles();

const external = process.env.E2E_DATABASE_URL;
if (external) {
  process.env.DATABASE_URL = external;
  process.env.PANEL_SEED_DEMO = "1";
  // Production rules apply over an external database; the seeded demo provider answers on localhost.
  process.env.OUTBOUND_ALLOWED_HOSTS ||= "localhost";
} else {
  process.env.DATABASE_URL = ""; // unset for prepareDatabase(), which then starts the embedded one
}

if (process.env.DATABASE_URL) {
  let host = "";
  try {
    host = new URL(process.env.DATABASE_URL).hostname;
  } catch {
    // not a URL: refused below
  }
  if (!LOCAL_HOSTS.has(host)) {
    console.error(`[e2e] Refusing to run the browser tests against a database on "${host || "?"}": only localhost or 127.0.0.1.`);
    process.exit(1);
  }
}

rmSync(DATA_DIR, { recursive: true, force: true });
rmSync(".data/e2e-uploads", { recursive: true, force: true });
process.env.UPLOAD_DIR = ".data/e2e-uploads"; // complaint attachments of this run, never the checkout's uploads/
process.env.PANEL_DATA_DIR = DATA_DIR;
process.env.PANEL_DB_PORT = process.env.E2E_DB_PORT || "54340";
process.env.PORT = PORT;
process.env.APP_URL = `http://localhost:${PORT}`;
// Demo orders finish in 8 s, so a browser test can watch one complete.
process.env.PANEL_DEMO_PROVIDER_QUERY = "durationMs=8000";
// Each browser context sends its own X-Forwarded-For (e2e/helpers.ts) so that per-IP sign-in limits
// do not pile up over a run: the test runner on loopback stands in for a trusted proxy.
process.env.TRUSTED_PROXY = "127.0.0.1,::1";
// The built-in sandbox payment gateway is off in production builds unless enabled; the tests pay with it.
process.env.SANDBOX_GATEWAY_ENABLED = "1";

// Mail must land in the dev mailbox (the reset test reads it there), and rate-limit counters must
// start empty, whatever a developer's .env configures.
process.env.RESEND_API_KEY = "";
process.env.UPSTASH_REDIS_REST_URL = "";
process.env.UPSTASH_REDIS_REST_TOKEN = "";
// A throwaway secret for this run's sessions, rather than writing one into .env.local.
process.env.AUTH_SECRET ||= randomBytes(32).toString("base64url");
process.env.ENCRYPTION_KEY ||= randomBytes(32).toString("base64");

// A local run of the production build: `next start` sets NODE_ENV=production, so the mode is said
// explicitly (local stand-ins, embedded database, demo accounts), whatever the shell's NODE_ENV.
process.env.PANEL_MODE = "local";

log(`Serving http://localhost:${PORT} over ${external ? "E2E_DATABASE_URL" : `a fresh embedded PostgreSQL in ${DATA_DIR}`}`);
await serve("start");
