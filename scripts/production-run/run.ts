// A Supabase-shaped production run on this machine (issue 12): Debian's PostgreSQL 15 with TLS and a
// CA made for the run, PgBouncer 1.18 in transaction mode in front of it, migrations through
// DIRECT_URL, `next build`, then `npm start` with NODE_ENV=production in server mode whose
// DATABASE_URL goes through PgBouncer with sslmode=verify-full, behind a TLS terminator; then a browser
// journey and the ledger check. Plaintext and a wrong CA are refused first.
//
//   npx tsx scripts/production-run/run.ts     (as root or with sudo: installs packages when missing)
//
// Ports (loopback): PROD_RUN_PG_PORT 58350, PROD_RUN_PGBOUNCER_PORT 58351, PROD_RUN_NEXT_PORT 58352,
// PROD_RUN_HTTPS_PORT 58353. PROD_RUN_SKIP_BUILD=1 reuses .next; PROD_RUN_KEEP=1 keeps .data/production-run.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import { get } from "node:https";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { Agent } from "undici";
import { connectionFor } from "../../lib/db/connection-options.ts";
import { ensurePackages, makeTls, startPgBouncer, startPostgres } from "./services.ts";
import { startTlsProxy } from "./tls-proxy.ts";
import { startUploadThingStandIn } from "../../tests/uploadthing-stand-in.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const WORK = path.join(ROOT, ".data/production-run");
const port = (name: string, fallback: number) => Number(process.env[name] || fallback);
const PORTS = {
  postgres: port("PROD_RUN_PG_PORT", 58350),
  pgbouncer: port("PROD_RUN_PGBOUNCER_PORT", 58351),
  next: port("PROD_RUN_NEXT_PORT", 58352),
  https: port("PROD_RUN_HTTPS_PORT", 58353),
};
const startedAt = Date.now();
const log = (line: string) => console.log(`[production-run ${((Date.now() - startedAt) / 1000).toFixed(1)} s] ${line}`);
const stops: (() => Promise<void>)[] = [];

function fail(message: string): never {
  throw new Error(message);
}

async function connects(url: string, ca: string | undefined): Promise<string> {
  const client = new pg.Client({
    ...connectionFor(url, { mode: "server", caCertFile: ca, statementTimeoutMs: 0 }),
    connectionTimeoutMillis: 5_000,
  });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return "connected";
  } catch (error) {
    return `refused: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The refusals the issue asks for, and the accepted case beside each, so the refusals mean something. */
async function checkTls(urls: { direct: string; pooled: string }, tls: { ca: string; wrongCa: string }): Promise<void> {
  for (const [name, url] of Object.entries(urls)) {
    const plain = await connects(url.replace(/sslmode=[^&]+/, "sslmode=disable"), undefined);
    const wrong = await connects(url, tls.wrongCa);
    const right = await connects(url, tls.ca);
    log(`${name}: plaintext ${plain}; wrong CA ${wrong}; right CA ${right}`);
    if (!plain.startsWith("refused")) fail(`${name}: a plaintext connection was accepted`);
    if (!/refused: .*(self-signed|unable to verify|certificate)/i.test(wrong))
      fail(`${name}: a certificate from another CA was not refused (${wrong})`);
    if (right !== "connected") fail(`${name}: the right CA did not connect (${right})`);
  }
}

function httpsJson(url: string, ca: string): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    get(url, { ca: readFileSync(ca) }, (res) => {
      let text = "";
      res.on("data", (chunk) => (text += chunk));
      res.on("end", () => {
        try {
          resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as unknown });
        } catch {
          resolve({ status: res.statusCode ?? 0, body: text }); // the proxy's 502 before Next is up
        }
      });
    }).on("error", reject);
  });
}

async function waitForHealth(
  url: string,
  ca: string,
  server: { exitCode: number | null },
): Promise<{ mode: string; parts: Record<string, string> }> {
  for (let tries = 0; tries < 240; tries += 1) {
    if (server.exitCode !== null) fail(`npm start exited with ${server.exitCode}`);
    const answer = await httpsJson(url, ca).catch(() => null);
    if (answer?.status === 200) return (answer.body as { data: { mode: string; parts: Record<string, string> } }).data;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  fail("the panel did not answer /api/health");
}

/** Runs a step as a child process, asynchronously: this process serves the TLS terminator meanwhile. */
async function runStep(name: string, command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const started = Date.now();
  const child = spawn(command, args, { cwd: ROOT, env, stdio: "inherit" });
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  if (code !== 0) fail(`${name} failed (exit ${code})`);
  log(`${name}: ok in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

async function main(): Promise<void> {
  ensurePackages(log);
  rmSync(WORK, { recursive: true, force: true });
  const tls = makeTls(path.join(WORK, "tls"));
  const password = randomBytes(18).toString("base64url");
  stops.push((await startPostgres({ dir: path.join(WORK, "postgres"), port: PORTS.postgres, tls, password })).stop);
  stops.push(
    (await startPgBouncer({ dir: path.join(WORK, "pgbouncer"), port: PORTS.pgbouncer, postgresPort: PORTS.postgres, tls, password })).stop,
  );
  log(`PostgreSQL 15 (TLS only) on ${PORTS.postgres}, PgBouncer (transaction mode, TLS) on ${PORTS.pgbouncer}`);

  const direct = `postgresql://panel:${password}@127.0.0.1:${PORTS.postgres}/panel?sslmode=verify-full`;
  const pooled = `postgresql://panel:${password}@127.0.0.1:${PORTS.pgbouncer}/panel?sslmode=verify-full&pgbouncer=true`;
  await checkTls({ direct, pooled }, tls);

  const appUrl = `https://localhost:${PORTS.https}`;
  // Complaint images go from the browser straight to UploadThing, played by a local stand-in whose
  // signed callbacks reach the panel over its https URL (trusting the run's CA).
  const trustRunCa = new Agent({ connect: { ca: readFileSync(tls.ca) } });
  const uploadThing = await startUploadThingStandIn({ deliver: (request) => fetch(request, { dispatcher: trustRunCa } as RequestInit) });
  stops.push(uploadThing.close);
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: "production",
    DATABASE_URL: pooled,
    DIRECT_URL: direct,
    DATABASE_CA_CERT_FILE: tls.ca,
    APP_URL: appUrl,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    MAIL_TRANSPORT: "log",
    SANDBOX_GATEWAY_ENABLED: "1",
    DEMO_PROVIDER_ENABLED: "1",
    UPLOAD_DIR: path.join(WORK, "uploads"),
    PORT: String(PORTS.next),
    LOG_LEVEL: "warn",
    // The panel calls its own https URL (the demo provider): it trusts the run's CA like a real one,
    // and the outbound guard lets this one loopback host through, as an operator's allow-list would.
    NODE_EXTRA_CA_CERTS: tls.ca,
    OUTBOUND_ALLOWED_HOSTS: "localhost",
    ...uploadThing.env,
  };
  // Values the checkout's .env files would otherwise fill in (they only fill unset variables).
  for (const name of [
    "RESEND_API_KEY",
    "UPSTASH_REDIS_REST_URL",
    "UPSTASH_REDIS_REST_TOKEN",
    "INNGEST_EVENT_KEY",
    "INNGEST_SIGNING_KEY",
    "INNGEST_DEV",
    "PANEL_MODE",
    "PANEL_SEED_DEMO",
  ])
    env[name] = "";

  if (process.env.PROD_RUN_SKIP_BUILD !== "1")
    await runStep("next build", process.execPath, ["node_modules/next/dist/bin/next", "build"], env);

  const server = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/start.ts"], {
    cwd: ROOT,
    env,
    detached: true,
    stdio: ["ignore", "inherit", "inherit"],
  });
  stops.push(
    () =>
      new Promise((resolve) => {
        if (server.exitCode !== null) return resolve();
        server.once("exit", () => resolve());
        process.kill(-server.pid!, "SIGTERM");
      }),
  );
  const proxy = await startTlsProxy({ port: PORTS.https, targetPort: PORTS.next, cert: tls.cert, key: tls.key });
  stops.push(proxy.stop);
  const health = await waitForHealth(`${appUrl}/api/health`, tls.ca, server);
  log(`npm start is up in ${health.mode} mode: ${JSON.stringify(health.parts)}`);
  if (health.mode !== "server") fail(`expected server mode, got ${health.mode}`);
  if ((health.parts as Record<string, string>).uploads !== "uploadthing")
    fail(`expected uploads on UploadThing, got ${JSON.stringify(health.parts)}`);

  // PROD_RUN_HOLD_SECONDS: keeps the stack up before the journey, to look at it by hand.
  await new Promise((resolve) => setTimeout(resolve, Number(process.env.PROD_RUN_HOLD_SECONDS || 0) * 1000));
  const admin = { email: `admin-${Date.now()}@production-run.test`, password: randomBytes(12).toString("base64url") };
  await runStep(
    "operator setup",
    process.execPath,
    ["node_modules/tsx/dist/cli.mjs", "scripts/production-run/operator-setup.ts", admin.email, admin.password],
    env,
  );
  await runStep(
    "browser journey",
    process.execPath,
    ["node_modules/@playwright/test/cli.js", "test", "-c", "scripts/production-run/playwright.config.ts"],
    { ...env, PROD_RUN_URL: appUrl, PROD_RUN_ADMIN_EMAIL: admin.email, PROD_RUN_ADMIN_PASSWORD: admin.password },
  );
  await runStep("ledger check", process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/ledger-check.ts"], env);
  await runStep("stats check", process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/stats-check.ts"], env);
}

let code = 0;
try {
  await main();
  log("PASSED");
} catch (error) {
  console.error(`[production-run] FAILED: ${error instanceof Error ? error.message : String(error)}`);
  code = 1;
} finally {
  for (const stop of stops.reverse()) await stop().catch(() => undefined);
  if (process.env.PROD_RUN_KEEP !== "1" && code === 0) rmSync(WORK, { recursive: true, force: true });
  log(`took ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
}
process.exit(code);
