import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser } from "@/tests/factories";
import { startProvider, type TestProvider } from "./client/test-server";
import { providerHealth } from "./provider-health";
import { createProvider } from "./save-provider";

let upstream: TestProvider;
let admin: Awaited<ReturnType<typeof createUser>>;
let customer: Awaited<ReturnType<typeof createUser>>;
let seq = 0;

beforeAll(async () => {
  upstream = await startProvider(() => ({ body: { balance: "10", currency: "USD" } }));
  admin = await createUser({ role: "ADMIN" });
  customer = await createUser();
});
afterAll(async () => upstream.close());

async function providerWithService() {
  const unique = `${Date.now()}-${++seq}`;
  const provider = await createProvider(
    { name: `Health ${unique}`, apiUrl: upstream.url, apiKey: `sk_health_${unique}_0123456789` },
    { id: admin.id },
  );
  const category = await db.category.create({ data: { name: `Health ${unique}` }, select: { id: true } });
  const service = await db.service.create({
    data: {
      name: `Health ${unique}`,
      categoryId: category.id,
      providerId: provider.id,
      providerServiceId: "1",
      rate: "100",
      min: 1,
      max: 1000,
    },
    select: { id: true },
  });
  return { providerId: provider.id, serviceId: service.id };
}

const NOW = new Date();
const at = (secondsAgo: number) => new Date(NOW.getTime() - secondsAgo * 1000);

type Shape = { status: string; forwardedAt?: Date; finishedAt?: Date; createdAt?: Date };
async function orders(target: { providerId: string; serviceId: number }, shapes: Shape[]) {
  await db.order.createMany({
    data: shapes.map((shape) => ({
      userId: customer.id,
      serviceId: target.serviceId,
      providerId: target.providerId,
      link: "https://example.test/p",
      quantity: 100,
      mode: "AUTO" as const,
      rate: "100",
      charge: "10",
      chargeUsd: "0.08",
      source: "web",
      status: shape.status as never,
      forwardedAt: shape.forwardedAt ?? null,
      finishedAt: shape.finishedAt ?? null,
      createdAt: shape.createdAt ?? at(3600),
    })),
  });
}

/** Sent at `sentAgo`, finished `took` seconds later. */
const done = (status: string, took: number, sentAgo = 7200): Shape => ({
  status,
  forwardedAt: at(sentAgo),
  finishedAt: at(sentAgo - took),
});

describe("provider health, last 7 days", () => {
  it("counts a hand-built set of orders exactly", async () => {
    const target = await providerWithService();
    await orders(target, [
      done("COMPLETED", 60),
      done("COMPLETED", 120),
      done("COMPLETED", 300),
      done("COMPLETED", 600),
      done("PARTIAL", 30),
      done("CANCELED", 10),
      { status: "PROCESSING", forwardedAt: at(100) },
      { status: "IN_PROGRESS", forwardedAt: at(100) },
      { status: "FORWARD_FAILED", finishedAt: at(100) },
      { status: "FORWARD_FAILED", finishedAt: at(100) },
      { status: "UNCERTAIN" },
      { status: "PENDING" }, // not sent yet: no attempt
      // placed 8 days ago: outside the window
      { ...done("COMPLETED", 5, 8 * 86400 - 60), createdAt: at(8 * 86400) },
      { status: "FORWARD_FAILED", createdAt: at(8 * 86400) },
    ]);
    const other = await providerWithService();
    await orders(other, [done("COMPLETED", 1), { status: "FORWARD_FAILED" }]);

    const health = await providerHealth(target.providerId, NOW);

    expect(health).toMatchObject({ sent: 8, attempts: 11, finished: 6, completed: 4, refused: 2, uncertain: 1 });
    expect(health.successRate).toBe(4 / 6);
    expect(health.refusalRate).toBe(2 / 11);
    expect(health.uncertainRate).toBe(1 / 11);
    expect(health.medianCompletionSeconds).toBe(210); // (120 + 300) / 2: percentile_cont between the middle two
  });

  it("an odd count's median is the middle one", async () => {
    const target = await providerWithService();
    await orders(target, [done("COMPLETED", 1), done("COMPLETED", 7.5), done("COMPLETED", 3600)]);
    expect((await providerHealth(target.providerId, NOW)).medianCompletionSeconds).toBe(7.5);
  });

  it("nothing to count: rates and median are null, counts 0", async () => {
    const target = await providerWithService();
    await orders(target, [{ status: "PENDING" }]);
    expect(await providerHealth(target.providerId, NOW)).toMatchObject({
      sent: 0,
      attempts: 0,
      successRate: null,
      refusalRate: null,
      uncertainRate: null,
      medianCompletionSeconds: null,
    });
  });
});
