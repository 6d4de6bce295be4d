import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { reloadEnvForTests } from "@/lib/env";
import { DEMO_ACCOUNTS, seedDemoData } from "./seed-data";

afterEach(() => {
  vi.unstubAllEnvs();
  reloadEnvForTests();
});

describe("demo accounts", () => {
  it.each([
    ["server", { NODE_ENV: "production", APP_URL: "https://panel.example.com", MAIL_TRANSPORT: "log" }],
    [
      "serverless",
      {
        PANEL_MODE: "serverless",
        APP_URL: "https://panel.example.com",
        DIRECT_URL: "postgresql://u:p@127.0.0.1:1/x",
        INNGEST_EVENT_KEY: "e",
        INNGEST_SIGNING_KEY: "s",
        UPSTASH_REDIS_REST_URL: "https://x.upstash.io",
        UPSTASH_REDIS_REST_TOKEN: "t",
        UPLOADTHING_TOKEN: "u",
        RESEND_API_KEY: "r",
      },
    ],
  ])("are never seeded in %s mode, whoever asks", async (_mode, variables) => {
    const demoAccounts = () => db.user.count({ where: { email: { in: DEMO_ACCOUNTS.map((account) => account.email) } } });
    // The test database's client, opened in local mode (in the production modes it would insist on TLS).
    expect(await demoAccounts()).toBe(0);
    for (const [name, value] of Object.entries(variables)) vi.stubEnv(name, value);
    reloadEnvForTests();
    await expect(seedDemoData()).rejects.toThrow(/demo accounts are seeded in local mode only/);
    vi.unstubAllEnvs();
    reloadEnvForTests();
    expect(await demoAccounts()).toBe(0);
  });
});
