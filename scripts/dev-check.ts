// Checks two things about `npm run dev` that only a real dev server and browser show (too slow for
// `npm test`; run it by hand after touching scripts/lib/serve.ts, next.config.ts or upgrading Next):
//  1. a page opened at http://127.0.0.1:<port> and http://[::1]:<port> hydrates (a form submit stays
//     a client-side submit instead of becoming a plain GET with the fields in the URL);
//  2. after the whole dev server (Next, PostgreSQL, this script's children) is killed with SIGKILL
//     in the middle of compiling, a restart serves pages that load once, not in a reload loop.
// Usage: npm run dev:check   (PORT / PANEL_DB_PORT as for `npm run dev`; stop your own dev server first)
import { execFileSync, spawn } from "node:child_process";
import { openSync } from "node:fs";
import { chromium, type Browser } from "@playwright/test";

const port = process.env.PORT ?? "3000";
const origin = `http://localhost:${port}`;
const problems: string[] = [];
let run = 0;

function startDev(): number {
  const out = openSync(`.next/dev-check-${++run}.log`, "w");
  const child = spawn("npm", ["run", "dev"], { detached: true, stdio: ["ignore", out, out], env: process.env });
  return child.pid!;
}

async function waitUntilUp(): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt += 1) {
    const status = await fetch(`${origin}/api/health`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the dev server did not answer on ${origin} (see .next/dev-check-${run}.log)`);
}

/** SIGKILL to a process and every descendant: Next runs in its own process group, so no group kill reaches all. */
function killTree(pid: number): void {
  let children: number[] = [];
  try {
    children = execFileSync("ps", ["-o", "pid=", "--ppid", String(pid)], { encoding: "utf8" })
      .split("\n")
      .map(Number)
      .filter(Boolean);
  } catch {
    // ps exits 1 when there are none
  }
  try {
    process.kill(pid, "SIGKILL");
  } catch {
    // gone
  }
  for (const child of children) killTree(child);
}

async function countLoads(browser: Browser, url: string, seconds: number): Promise<number> {
  const page = await browser.newPage();
  let loads = 0;
  page.on("load", () => (loads += 1));
  await page.goto(url, { waitUntil: "load", timeout: 120_000 });
  await page.waitForTimeout(seconds * 1000);
  await page.close();
  return loads;
}

async function submitStaysOnPage(browser: Browser, base: string): Promise<boolean> {
  const page = await browser.newPage();
  await page.goto(`${base}/login`, { waitUntil: "load", timeout: 120_000 });
  await page.waitForTimeout(3_000);
  await page.locator("form button[type=submit]").click();
  await page.waitForTimeout(1_500);
  const stayed = !page.url().includes("?");
  await page.close();
  return stayed;
}

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
});
let pid = startDev();
try {
  await waitUntilUp();
  for (const base of [origin, `http://127.0.0.1:${port}`, `http://[::1]:${port}`]) {
    const ok = await submitStaysOnPage(browser, base);
    console.log(`${base}: ${ok ? "hydrates" : "does NOT hydrate (the form submitted as a GET)"}`);
    if (!ok) problems.push(`${base} does not hydrate`);
  }

  // A tab stays open across the crash, as a developer's does.
  const open = await browser.newPage();
  let openLoads = 0;
  open.on("load", () => (openLoads += 1));
  await open.goto(`${origin}/login`, { waitUntil: "load", timeout: 120_000 });
  await open.waitForTimeout(2_000);
  for (const route of ["/register", "/forgot-password", "/admin/providers", "/user/orders", "/"])
    void fetch(origin + route).catch(() => undefined);
  await new Promise((resolve) => setTimeout(resolve, 400));
  killTree(pid);
  console.log("killed the dev server hard while it compiled; restarting");
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  pid = startDev();
  await waitUntilUp();
  const before = openLoads;
  await open.waitForTimeout(12_000);
  const reloads = openLoads - before; // one is expected: Next reloads a tab that meets a new server
  const fresh = await countLoads(browser, `${origin}/register`, 8);
  console.log(`after the restart: the open tab loaded ${reloads} time(s) in 12 s, a new tab ${fresh} time(s) in 8 s`);
  if (reloads > 2 || fresh > 2) problems.push(`reload loop after a hard kill (${reloads} and ${fresh} loads)`);
} finally {
  await browser.close();
  process.kill(-pid, "SIGINT"); // a clean stop, like Ctrl-C
}
console.log(problems.length ? `FAILED: ${problems.join("; ")}` : "dev server OK");
process.exit(problems.length ? 1 : 0);
