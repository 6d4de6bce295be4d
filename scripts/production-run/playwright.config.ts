import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_LAUNCH } from "../../e2e/chromium";

// The browser journey of scripts/production-run/run.ts, against the server it started (not a webServer of its own).
export default defineConfig({
  testDir: ".",
  testMatch: "journey.spec.ts",
  workers: 1,
  timeout: 180_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  outputDir: "../../test-results/production-run",
  use: {
    baseURL: process.env.PROD_RUN_URL,
    // The run's own CA signed the certificate; the browser is told to accept it, the panel's Node trusts it.
    ignoreHTTPSErrors: true,
    trace: "retain-on-failure",
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
});
