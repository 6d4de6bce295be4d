import { afterEach, describe, expect, it, vi } from "vitest";
import { envProblems, parseEnv, reloadEnvForTests } from "@/lib/env";
import { describeParts } from "./parts";

const secrets = {
  AUTH_SECRET: "x".repeat(32),
  ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
};
const server = {
  NODE_ENV: "production",
  DATABASE_URL: "postgresql://u:p@db.example.com:5432/db",
  APP_URL: "https://panel.example.com",
  RESEND_API_KEY: "re_123",
  ...secrets,
};
const serverless = {
  VERCEL: "1",
  VERCEL_ENV: "production",
  DATABASE_URL: "postgresql://u:p@pooler.example.com:6543/db",
  DIRECT_URL: "postgresql://u:p@db.example.com:5432/db",
  APP_URL: "https://panel.example.com",
  INNGEST_EVENT_KEY: "evt",
  INNGEST_SIGNING_KEY: "signkey-prod-00",
  UPSTASH_REDIS_REST_URL: "https://eu1.upstash.io",
  UPSTASH_REDIS_REST_TOKEN: "tok",
  UPLOADTHING_TOKEN: "ut",
  RESEND_API_KEY: "re_123",
  ...secrets,
};

const problemsOf = envProblems;

const storeHolder = globalThis as unknown as { counterStore?: unknown };
const MODE_VARIABLES = [
  ...new Set([
    ...Object.keys(server),
    ...Object.keys(serverless),
    "PANEL_MODE",
    "MAIL_TRANSPORT",
    "SANDBOX_GATEWAY_ENABLED",
    "DEMO_PROVIDER_ENABLED",
    "UPLOAD_DIR",
  ]),
];

/** What the start-up log and /api/health would say under this environment. */
function partsUnder(source: Record<string, string>) {
  vi.unstubAllEnvs();
  for (const name of MODE_VARIABLES) vi.stubEnv(name, source[name]);
  reloadEnvForTests();
  delete storeHolder.counterStore;
  return describeParts();
}

afterEach(() => {
  vi.unstubAllEnvs();
  reloadEnvForTests();
  delete storeHolder.counterStore;
});

const without = (source: Record<string, string>, ...names: string[]) =>
  Object.fromEntries(Object.entries(source).filter(([name]) => !names.includes(name)));

describe("runtime mode", () => {
  it("is local unless NODE_ENV=production, Vercel or PANEL_MODE say otherwise", () => {
    expect(parseEnv({ DATABASE_URL: server.DATABASE_URL, ...secrets }).PANEL_MODE).toBe("local");
    expect(parseEnv({ NODE_ENV: "test", DATABASE_URL: server.DATABASE_URL, ...secrets }).PANEL_MODE).toBe("local");
    expect(parseEnv(server)).toMatchObject({ PANEL_MODE: "server", PANEL_MODE_REASON: "NODE_ENV=production" });
    expect(parseEnv(serverless)).toMatchObject({ PANEL_MODE: "serverless", PANEL_MODE_REASON: "VERCEL=1" });
    // `next start` of a local run (browser tests, benchmarks) says so explicitly.
    expect(parseEnv({ NODE_ENV: "production", PANEL_MODE: "local", DATABASE_URL: server.DATABASE_URL, ...secrets })).toMatchObject({
      PANEL_MODE: "local",
      APP_URL: "http://localhost:3000",
    });
  });

  it("refuses an unknown PANEL_MODE, and any but serverless on Vercel", () => {
    expect(problemsOf({ ...server, PANEL_MODE: "prod" })[0]).toMatch(/^PANEL_MODE: must be one of local, server, serverless/);
    expect(problemsOf({ ...serverless, PANEL_MODE: "local" })[0]).toMatch(/^PANEL_MODE: Vercel \(VERCEL=1\) runs in serverless mode/);
  });
});

describe("local mode", () => {
  it("allows every local stand-in but still refuses a half-set pair, naming the missing half", () => {
    const local = { DATABASE_URL: server.DATABASE_URL, ...secrets };
    expect(problemsOf(local)).toEqual([]);
    expect(problemsOf({ ...local, INNGEST_EVENT_KEY: "evt" })).toEqual([
      "INNGEST_SIGNING_KEY: INNGEST_EVENT_KEY and INNGEST_SIGNING_KEY must be set together (only INNGEST_EVENT_KEY is set)",
    ]);
    expect(problemsOf({ ...local, INNGEST_SIGNING_KEY: "sig" })).toEqual([
      "INNGEST_EVENT_KEY: INNGEST_EVENT_KEY and INNGEST_SIGNING_KEY must be set together (only INNGEST_SIGNING_KEY is set)",
    ]);
    expect(problemsOf({ ...local, UPSTASH_REDIS_REST_TOKEN: "tok" })).toEqual([
      "UPSTASH_REDIS_REST_URL: UPSTASH_REDIS_REST_URL and UPSTASH_REDIS_REST_TOKEN must be set together (only UPSTASH_REDIS_REST_TOKEN is set)",
    ]);
  });
});

describe("server mode", () => {
  it("starts with a database, secrets, an https APP_URL and Resend or MAIL_TRANSPORT=log", () => {
    expect(problemsOf(server)).toEqual([]);
    expect(problemsOf({ ...without(server, "RESEND_API_KEY"), MAIL_TRANSPORT: "log" })).toEqual([]);
  });

  it("names every missing variable in one line with the mode that needs it", () => {
    expect(problemsOf({ NODE_ENV: "production" })).toEqual([
      "server mode (NODE_ENV=production) requires these variables, which are not set: DATABASE_URL, AUTH_SECRET, ENCRYPTION_KEY, APP_URL, RESEND_API_KEY (or MAIL_TRANSPORT=log)",
    ]);
    for (const name of ["DATABASE_URL", "AUTH_SECRET", "ENCRYPTION_KEY", "APP_URL"]) {
      expect(problemsOf(without(server, name))).toEqual([
        `server mode (NODE_ENV=production) requires these variables, which are not set: ${name}`,
      ]);
    }
    expect(problemsOf(without(server, "RESEND_API_KEY"))).toEqual([
      "server mode (NODE_ENV=production) requires these variables, which are not set: RESEND_API_KEY (or MAIL_TRANSPORT=log)",
    ]);
  });

  it("refuses an http APP_URL, a half-set pair and every local-only switch", () => {
    expect(problemsOf({ ...server, APP_URL: "http://localhost:3000" })).toEqual([
      expect.stringMatching(/^APP_URL: must be an https URL in server mode/),
    ]);
    expect(problemsOf({ ...server, INNGEST_EVENT_KEY: "evt" })).toEqual([expect.stringMatching(/^INNGEST_SIGNING_KEY: /)]);
    expect(problemsOf({ ...server, UPSTASH_REDIS_REST_URL: "https://eu1.upstash.io" })).toEqual([
      expect.stringMatching(/^UPSTASH_REDIS_REST_TOKEN: /),
    ]);
    expect(problemsOf({ ...server, PANEL_DATABASE_MODE: "embedded" })).toEqual([
      expect.stringMatching(/^PANEL_DATABASE_MODE: the embedded PostgreSQL is for local mode only/),
    ]);
    expect(problemsOf({ ...server, INNGEST_DEV: "1" })).toEqual([expect.stringMatching(/^INNGEST_DEV: /)]);
    expect(problemsOf({ ...server, PANEL_SEED_DEMO: "1" })).toEqual([
      expect.stringMatching(/^PANEL_SEED_DEMO: demo accounts are seeded in local mode only/),
    ]);
  });

  it("keeps the in-process runner, limits and UPLOAD_DIR, and the demo parts only behind their flags", () => {
    expect(partsUnder({ ...server, UPLOAD_DIR: "/var/lib/panel/uploads" })).toEqual({
      mode: "server",
      modeReason: "NODE_ENV=production",
      parts: {
        database: "external-postgres",
        jobs: "local-runner",
        cache: "in-process",
        uploads: "local-disk",
        email: "resend",
        paymentGateway: "sslcommerz-from-settings",
        sandboxGateway: "off",
        demoProvider: "off",
      },
    });
    expect(partsUnder({ ...server, SANDBOX_GATEWAY_ENABLED: "1", DEMO_PROVIDER_ENABLED: "1" }).parts).toMatchObject({
      sandboxGateway: "on",
      demoProvider: "on",
    });
    expect(partsUnder({ ...without(server, "RESEND_API_KEY"), MAIL_TRANSPORT: "log" }).parts.email).toBe("log");
  });
});

describe("serverless mode", () => {
  it("starts with every cloud part configured", () => {
    expect(problemsOf(serverless)).toEqual([]);
  });

  it("names every missing cloud variable in one line", () => {
    const required = [
      "DATABASE_URL",
      "AUTH_SECRET",
      "ENCRYPTION_KEY",
      "APP_URL",
      "DIRECT_URL",
      "INNGEST_EVENT_KEY",
      "INNGEST_SIGNING_KEY",
      "UPSTASH_REDIS_REST_URL",
      "UPSTASH_REDIS_REST_TOKEN",
      "UPLOADTHING_TOKEN",
      "RESEND_API_KEY",
    ];
    expect(problemsOf({ VERCEL: "1", VERCEL_ENV: "production" })).toEqual([
      `serverless mode (VERCEL=1) requires these variables, which are not set: ${required.join(", ")}`,
    ]);
    for (const name of required) {
      expect(problemsOf(without(serverless, name))).toEqual([
        `serverless mode (VERCEL=1) requires these variables, which are not set: ${name}`,
      ]);
    }
  });

  it("does not take MAIL_TRANSPORT=log for Resend", () => {
    expect(problemsOf({ ...without(serverless, "RESEND_API_KEY"), MAIL_TRANSPORT: "log" })).toEqual([
      expect.stringMatching(/not set: RESEND_API_KEY$/),
    ]);
  });

  it("falls back to the deployment's own URL on previews, never in production", () => {
    const preview = {
      ...without(serverless, "APP_URL"),
      VERCEL_ENV: "preview",
      VERCEL_URL: "panel-git-x-team.vercel.app",
      VERCEL_BRANCH_URL: "panel-git-branch.vercel.app",
    };
    expect(parseEnv(preview).APP_URL).toBe("https://panel-git-x-team.vercel.app");
    expect(parseEnv(without(preview, "VERCEL_URL")).APP_URL).toBe("https://panel-git-branch.vercel.app");
    expect(problemsOf({ ...preview, VERCEL_ENV: "production" })).toEqual([expect.stringMatching(/not set: APP_URL$/)]);
    expect(parseEnv({ ...preview, APP_URL: "https://preview.panel.example.com" }).APP_URL).toBe("https://preview.panel.example.com");
  });

  it("serves every part from its cloud service", () => {
    expect(partsUnder(serverless)).toMatchObject({
      mode: "serverless",
      parts: {
        jobs: "inngest",
        cache: "upstash-redis",
        uploads: "uploadthing",
        email: "resend",
        sandboxGateway: "off",
        demoProvider: "off",
      },
    });
  });
});
