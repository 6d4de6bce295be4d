// `npm start` as an operator runs it: outside local mode a missing variable stops it before it starts
// anything (no embedded PostgreSQL, no generated secret, no demo seed), naming the variable and the mode.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const scratch = mkdtempSync(path.join(tmpdir(), "panel-start-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Runs `npm start`'s script; a start that went on (the bug) is stopped after 45 s and reported as such. */
async function npmStart(env: Record<string, string>): Promise<{ code: number | null; output: string; timedOut: boolean }> {
  const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/start.ts"], {
    // Empty values keep the checkout's .env files from filling these in (they only fill unset ones).
    env: {
      ...process.env,
      DATABASE_URL: "",
      DIRECT_URL: "",
      AUTH_SECRET: "",
      ENCRYPTION_KEY: "",
      APP_URL: "",
      PANEL_MODE: "",
      VERCEL: "",
      ...env,
    },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    process.kill(-child.pid!, "SIGKILL");
  }, 45_000);
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  clearTimeout(timer);
  return { code, output, timedOut };
}

async function listening(port: number): Promise<boolean> {
  const { connect } = await import("node:net");
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

const envLocal = () => (existsSync(".env.local") ? statSync(".env.local").mtimeMs : null);

describe("npm start outside local mode", () => {
  it("with NODE_ENV=production and no DATABASE_URL exits non-zero, names it, and starts no database", async () => {
    const dataDir = path.join(scratch, "server-pg");
    const dbPort = await freePort();
    const before = envLocal();
    const run = await npmStart({ NODE_ENV: "production", PANEL_DATA_DIR: dataDir, PANEL_DB_PORT: String(dbPort) });
    expect(run.timedOut).toBe(false);
    expect(run.code).not.toBe(0);
    expect(run.output).toContain(
      "server mode (NODE_ENV=production) requires these variables, which are not set: DATABASE_URL, AUTH_SECRET, ENCRYPTION_KEY, APP_URL, RESEND_API_KEY (or MAIL_TRANSPORT=log)",
    );
    expect(run.output).not.toMatch(/Embedded PostgreSQL|Seeded demo|Generated a local/);
    expect(existsSync(dataDir)).toBe(false);
    expect(await listening(dbPort)).toBe(false);
    expect(envLocal()).toBe(before);
  }, 60_000);

  it("on Vercel with a single Inngest key exits non-zero naming the missing one", async () => {
    const dataDir = path.join(scratch, "serverless-pg");
    const run = await npmStart({
      VERCEL: "1",
      VERCEL_ENV: "production",
      INNGEST_EVENT_KEY: "evt",
      PANEL_DATA_DIR: dataDir,
      PANEL_DB_PORT: String(await freePort()),
    });
    expect(run.timedOut).toBe(false);
    expect(run.code).not.toBe(0);
    expect(run.output).toMatch(/serverless mode \(VERCEL=1\) requires these variables, which are not set: .*INNGEST_SIGNING_KEY/);
    expect(run.output).not.toMatch(/not set: [^\n]*INNGEST_EVENT_KEY/);
    expect(existsSync(dataDir)).toBe(false);
  }, 60_000);
});
