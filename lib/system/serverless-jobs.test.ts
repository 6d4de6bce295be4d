// Serverless mode: no timers in the function (the in-process runner never starts); Inngest Cloud
// learns every job from /api/inngest. The sync here is the SDK's real one, sent to a local stand-in
// for Inngest's API that records what it was told.
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { reloadEnvForTests } from "@/lib/env";

const EXPECTED_TRIGGERS: Record<string, { cron: string } | { event: string }> = {
  "catalog-sync": { cron: "17 * * * *" },
  "provider-balance-check": { cron: "*/5 * * * *" },
  "order-forward": { event: "orders/forward.requested" },
  "order-forward-sweep": { cron: "* * * * *" },
  "order-status-sync": { cron: "*/5 * * * *" },
  "order-request-sync": { cron: "*/5 * * * *" },
  "payment-reconcile": { cron: "*/5 * * * *" },
  "notification-mail": { cron: "* * * * *" },
  "upload-sweep": { cron: "*/15 * * * *" },
  "order-stats-compact": { cron: "* * * * *" },
  "announcement-notices": { event: "announcement/published" },
  "announcement-notice-sweep": { cron: "*/5 * * * *" },
};

type Registration = { url: string; functions: { id: string; name: string; triggers: ({ cron: string } | { event: string })[] }[] };

const registrations: Registration[] = [];
const fakeInngestApi = createServer(async (req: IncomingMessage, res) => {
  let body = "";
  for await (const chunk of req) body += chunk;
  if (req.method === "POST" && req.url?.startsWith("/fn/register")) registrations.push(JSON.parse(body) as Registration);
  res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ok: true, modified: true }));
});

beforeAll(async () => {
  await new Promise<void>((resolve) => fakeInngestApi.listen(0, "127.0.0.1", resolve));
  const serverless = {
    VERCEL: "1",
    VERCEL_ENV: "production",
    DATABASE_URL: "postgresql://u:p@127.0.0.1:1/pooled",
    DIRECT_URL: "postgresql://u:p@127.0.0.1:1/direct",
    APP_URL: "https://panel.example.com",
    INNGEST_EVENT_KEY: "test-event-key",
    INNGEST_SIGNING_KEY: `signkey-test-${"ab".repeat(32)}`,
    INNGEST_API_BASE_URL: `http://127.0.0.1:${(fakeInngestApi.address() as AddressInfo).port}`,
    INNGEST_DEV: undefined,
    UPSTASH_REDIS_REST_URL: "https://eu1-test.upstash.io",
    UPSTASH_REDIS_REST_TOKEN: "token",
    UPLOADTHING_TOKEN: "ut-token",
    RESEND_API_KEY: "re_test",
  };
  for (const [name, value] of Object.entries(serverless)) vi.stubEnv(name, value);
  reloadEnvForTests();
  vi.resetModules(); // the Inngest client reads its base URL when created
});

afterAll(async () => {
  vi.unstubAllEnvs();
  reloadEnvForTests();
  await new Promise((resolve) => fakeInngestApi.close(resolve));
});

describe("serverless mode", () => {
  it("never starts the in-process runner and sends events to Inngest", async () => {
    const { startBackgroundJobs, localJobRunner } = await import("./start-background-jobs");
    const { runtimeMode } = await import("./runtime-mode");
    const { jobsMode } = await import("@/lib/jobs/mode");
    const { jobs } = await import("@/inngest/functions");
    const { inngest } = await import("@/inngest/client");
    expect(runtimeMode()).toBe("serverless");
    startBackgroundJobs({ jobs, sendToInngest: async (events) => void (await inngest.send(events)) });
    expect(localJobRunner()).toBeUndefined();
    expect(jobsMode()).toBe("inngest");
  });

  it("/api/inngest syncs every job definition with its trigger and cron", async () => {
    const route = await import("@/app/api/inngest/route");
    const { jobs } = await import("@/inngest/functions");
    const res = await route.PUT(new Request("https://panel.example.com/api/inngest", { method: "PUT" }));
    expect(res.status).toBe(200);
    expect(registrations).toHaveLength(1);
    const served = Object.fromEntries(registrations[0].functions.map((fn) => [fn.id.replace(/^smm-panel-/, ""), fn.triggers]));
    expect(served).toEqual(Object.fromEntries(Object.entries(EXPECTED_TRIGGERS).map(([id, trigger]) => [id, [trigger]])));
    expect(Object.keys(served).sort()).toEqual(jobs.map((job) => job.id).sort());
    expect(registrations[0].url).toBe("https://panel.example.com/api/inngest");
  });
});
