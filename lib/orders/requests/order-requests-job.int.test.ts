import { InngestTestEngine } from "@inngest/test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toInngestFunction } from "@/inngest/client";
import { jobs } from "@/inngest/functions";
import { orderRequestSyncJob } from "@/inngest/functions/order-requests";
import { requestRefill } from "./request-refill";
import type { RequestSyncResult } from "./sync-refill-statuses";
import { completedOrder, pause, requestRow, startRequestTests, type DemoServer, type Fixture } from "./test-support";

let demo: DemoServer;
let fixture: Fixture;

beforeAll(async () => {
  const setup = await startRequestTests();
  demo = setup.demo;
  fixture = await setup.provider("outcome=completed&durationMs=200");
});
afterAll(async () => demo.close());

describe("order-request-sync job", () => {
  it("is registered as a 5-minute cron", () => {
    expect(jobs).toContain(orderRequestSyncJob);
    expect(orderRequestSyncJob.trigger).toEqual({ cron: "*/5 * * * *" });
  });

  it("polls sent refills and completes them", async () => {
    const { orderId, customerId } = await completedOrder(fixture, "1");
    const { requestId, status } = await requestRefill(customerId, orderId);
    expect(status).toBe("SENT");
    await pause(300);
    const { result, error } = await new InngestTestEngine({ function: toInngestFunction(orderRequestSyncJob) }).execute();
    expect(error).toBeUndefined();
    const run = result as RequestSyncResult;
    expect(run).toMatchObject({
      retried: { retried: expect.any(Number) },
      refills: { changed: expect.any(Number) },
      cancels: { completed: expect.any(Number) },
    });
    // Other test files' providers (their servers closed) may fail; this one must not.
    expect(run.refills.errors.filter((failure) => failure.providerId === fixture.provider.id)).toEqual([]);
    expect(await requestRow(requestId)).toMatchObject({ status: "COMPLETED" });
  });
});
