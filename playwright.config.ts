import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_LAUNCH } from "./e2e/chromium";

// Browser tests against a production build (`npx next build` first) served by scripts/e2e-server.ts
// on port 3100 with its own fresh embedded PostgreSQL, so a developer's `npm run dev` (port 3000,
// .data/postgres) is never touched. The browser is Debian's chromium: `npx playwright install`
// cannot download here (see docs/TOOLING.md).
const PORT = Number(process.env.E2E_PORT || 3100); // E2E_PORT: see scripts/e2e-server.ts
const baseURL = `http://localhost:${PORT}`;

export default defineConfig({
  testDir: "e2e",
  // One worker: the machine has 2 cores and they are shared with next-server and PostgreSQL.
  workers: 1,
  fullyParallel: false,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: CHROMIUM_LAUNCH,
      },
    },
  ],
  webServer: {
    command: "npx tsx scripts/e2e-server.ts",
    url: `${baseURL}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    // Without this Playwright SIGKILLs the command's process group, which never reaches next-server
    // (serve() starts it in its own group) or PostgreSQL. SIGTERM lets serve() stop both.
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
    stdout: "ignore",
    stderr: "pipe",
  },
});
