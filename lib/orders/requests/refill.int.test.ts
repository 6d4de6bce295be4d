import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { startDemoProviderServer } from "@/tests/demo-provider-server";
import { createUser } from "@/tests/factories";
import { listRequestQueue } from "./admin/list-request-queue";
import { listOrderRequests } from "./list-order-requests";
import { pollRefillStatuses } from "./poll-refill-statuses";
import { requestRefill } from "./request-refill";
import { retryPendingRequests } from "./retry-pending-requests";
import { syncRefillStatuses } from "./sync-refill-statuses";
import {
  completedOrder,
  forwardedOrder,
  orderRow,
  pause,
  requestRow,
  startRequestTests,
  type DemoServer,
  type Fixture,
} from "./test-support";

let setup: Awaited<ReturnType<typeof startRequestTests>>;
let demo: DemoServer;
let fixture: Fixture;

beforeAll(async () => {
  setup = await startRequestTests();
  demo = setup.demo;
  fixture = await setup.provider("outcome=completed&durationMs=200");
});
afterAll(async () => demo.close());

const failure = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
};
const demoRefills = (providerOrderId: string | null) => db.demoProviderRefill.count({ where: { orderId: Number(providerOrderId) } });

describe("requestRefill", () => {
  it("sends a refill for a completed order, keeps the provider's refill id, and completes it when the provider does", async () => {
    const { orderId, customerId } = await completedOrder(fixture, "1");
    const before = await orderRow(orderId);
    const { requestId, status } = await requestRefill(customerId, orderId);
    expect(status).toBe("SENT");
    const sent = await requestRow(requestId);
    expect(sent).toMatchObject({
      kind: "refill",
      status: "SENT",
      orderId,
      userId: customerId,
      providerRequestId: expect.stringMatching(/^\d+$/),
    });
    expect(await demoRefills(before.providerOrderId)).toBe(1);

    await pause(300); // the demo refill runs on the order's 200 ms clock
    const run = await syncRefillStatuses();
    expect(run.refills.errors).toEqual([]);
    expect(await requestRow(requestId)).toMatchObject({ status: "COMPLETED" });
    const after = await orderRow(orderId);
    expect({ status: after.status, refunded: after.refunded.toString() }).toEqual({
      status: before.status,
      refunded: before.refunded.toString(),
    });

    const events = await db.orderEvent.findMany({ where: { orderId, kind: { startsWith: "refill_" } }, orderBy: { createdAt: "asc" } });
    expect(events.map((event) => event.kind)).toEqual(["refill_requested", "refill_sent", "refill_completed"]);
    expect(await db.notification.findFirst({ where: { userId: customerId, kind: "request.refill.completed" } })).toMatchObject({
      link: `/user/orders/${orderId}`,
    });
    expect(await listOrderRequests(customerId, [orderId])).toEqual([
      { id: requestId, orderId, kind: "refill", status: "COMPLETED", message: expect.any(String), createdAt: expect.any(Date) },
    ]);

    // Once the request has ended, a new one may be asked for.
    expect((await requestRefill(customerId, orderId)).status).toBe("SENT");
  });

  it("refuses an order that is not finished, a service without refill, and an order past the refill window (422 naming the order)", async () => {
    const running = await forwardedOrder(fixture, "1");
    const notFinished = await failure(requestRefill(running.customerId, running.orderId));
    expect(notFinished).toMatchObject({ status: 422, message: expect.stringContaining(`order #${running.orderId}`) });
    expect(notFinished.message).toMatch(/^orderId: /);

    const noRefill = await completedOrder(fixture, "2");
    expect(await failure(requestRefill(noRefill.customerId, noRefill.orderId))).toMatchObject({
      status: 422,
      message: expect.stringContaining("no refill"),
    });

    const old = await completedOrder(fixture, "1");
    await db.order.update({ where: { id: old.orderId }, data: { finishedAt: new Date(Date.now() - 31 * 24 * 3600 * 1000) } });
    expect(await failure(requestRefill(old.customerId, old.orderId))).toMatchObject({
      status: 422,
      message: expect.stringContaining("30-day refill period"),
    });

    expect(await db.orderRequest.count({ where: { orderId: { in: [running.orderId, noRefill.orderId, old.orderId] } } })).toBe(0);
  });

  it("answers 404 for another customer's order (and for an id that does not exist), and writes nothing", async () => {
    const { orderId } = await completedOrder(fixture, "1");
    const stranger = await createUser();
    expect(await failure(requestRefill(stranger.id, orderId))).toMatchObject({
      status: 404,
      code: "not_found",
      message: "Order was not found.",
    });
    expect(await failure(requestRefill(stranger.id, 2_000_000_000))).toMatchObject({ status: 404 });
    expect(await failure(requestRefill(stranger.id, Number.NaN))).toMatchObject({ status: 404 });
    expect(await db.orderRequest.count({ where: { orderId } })).toBe(0);
    expect(await listOrderRequests(stranger.id, [orderId])).toEqual([]);
  });

  it("lets only one of several concurrent requests through; the others get 409, and the provider gets one refill", async () => {
    const { orderId, customerId } = await completedOrder(fixture, "1");
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => requestRefill(customerId, orderId)));
    const done = results.filter((result) => result.status === "fulfilled");
    const refused = results.flatMap((result) => (result.status === "rejected" ? [result.reason as AppError] : []));
    expect(done).toHaveLength(1);
    expect(refused).toHaveLength(7);
    expect(refused.every((error) => error.status === 409 && error.code === "request_open")).toBe(true);
    expect(await db.orderRequest.count({ where: { orderId } })).toBe(1);
    expect(await demoRefills((await orderRow(orderId)).providerOrderId)).toBe(1);
  });

  it("keeps a request PENDING when nothing reached the provider, and the retry sends it once", async () => {
    const { orderId, customerId } = await completedOrder(fixture, "1");
    const realUrl = (await db.provider.findUniqueOrThrow({ where: { id: fixture.provider.id } })).apiUrl;
    await db.provider.update({ where: { id: fixture.provider.id }, data: { apiUrl: "http://127.0.0.1:9/api/v2" } }); // nothing listens there
    try {
      const { requestId, status } = await requestRefill(customerId, orderId);
      expect(status).toBe("PENDING");
      expect(await requestRow(requestId)).toMatchObject({ status: "PENDING", lastCheckedAt: null });
      expect(await db.orderEvent.count({ where: { orderId, kind: "refill_deferred" } })).toBe(1);
      await db.provider.update({ where: { id: fixture.provider.id }, data: { apiUrl: realUrl } });
      const [first, second] = await Promise.all([retryPendingRequests(), retryPendingRequests()]);
      expect(first.retried + second.retried).toBe(1);
      expect(await requestRow(requestId)).toMatchObject({ status: "SENT", providerRequestId: expect.any(String) });
      expect(await demoRefills((await orderRow(orderId)).providerOrderId)).toBe(1);
    } finally {
      await db.provider.update({ where: { id: fixture.provider.id }, data: { apiUrl: realUrl } });
    }
  });

  it("gives up on a request that could not reach the provider for a day (FAILED, nothing sent)", async () => {
    const unreachable = await setup.provider("outcome=completed&durationMs=200");
    const { orderId, customerId } = await completedOrder(unreachable, "1");
    await db.provider.update({ where: { id: unreachable.provider.id }, data: { apiUrl: "http://127.0.0.1:9/api/v2" } });
    const { requestId, status } = await requestRefill(customerId, orderId);
    expect(status).toBe("PENDING");
    await db.orderRequest.update({ where: { id: requestId }, data: { createdAt: new Date(Date.now() - 25 * 3600 * 1000) } });
    expect((await retryPendingRequests()).gaveUp).toBe(1);
    expect(await requestRow(requestId)).toMatchObject({ status: "FAILED", message: expect.stringContaining("nothing was sent") });
    expect(await db.notification.count({ where: { userId: customerId, kind: { startsWith: "request.refill." } } })).toBe(0);
    expect(await demoRefills((await orderRow(orderId)).providerOrderId)).toBe(0);
  });

  it("marks a request FAILED when the answer was lost (never resent), and the customer may ask again", async () => {
    const broken = await setup.provider("outcome=completed&durationMs=200&fault=http_500&faultActions=refill");
    const { orderId, customerId } = await completedOrder(broken, "1");
    const { requestId, status } = await requestRefill(customerId, orderId);
    expect(status).toBe("FAILED");
    expect(await requestRow(requestId)).toMatchObject({ status: "FAILED", message: expect.stringContaining("not sent again") });
    expect((await retryPendingRequests()).retried).toBe(0);
    expect(await requestRow(requestId)).toMatchObject({ status: "FAILED" });
    // FAILED is not open: asking again is allowed (the demo still breaks refills, so it fails again).
    expect((await requestRefill(customerId, orderId)).status).toBe("FAILED");
    expect(await db.orderRequest.count({ where: { orderId } })).toBe(2);
  });

  it("keeps a refill of a manual-mode order PENDING for an admin, visible in the admin queue", async () => {
    const { orderId, customerId } = await completedOrder(fixture, "1");
    await db.order.update({ where: { id: orderId }, data: { mode: "MANUAL" } });
    const before = await demo.requests();
    const { requestId, status } = await requestRefill(customerId, orderId);
    expect(status).toBe("PENDING");
    expect(await demo.requests()).toBe(before);
    expect((await retryPendingRequests()).outcomes).not.toHaveProperty("SENT");
    expect(await requestRow(requestId)).toMatchObject({ status: "PENDING", message: expect.stringContaining("admin") });
    const { requests } = await listRequestQueue({ kind: "refill" });
    const customer = await db.user.findUniqueOrThrow({ where: { id: customerId } });
    expect(requests.find((row) => row.id === requestId)).toMatchObject({
      order: {
        id: orderId,
        user: { email: customer.email },
        service: { name: expect.stringContaining("Instagram Followers") },
        status: "COMPLETED",
      },
    });
  });

  it("asks about at most 100 refills per refill_status call", async () => {
    const own = await startDemoProviderServer();
    try {
      const ownFixture = await setup.provider("outcome=completed&durationMs=200");
      await db.provider.update({ where: { id: ownFixture.provider.id }, data: { apiUrl: own.url("outcome=completed&durationMs=200") } });
      const { orderId, customerId } = await completedOrder(ownFixture, "1");
      await db.orderRequest.createMany({
        data: Array.from({ length: 150 }, (_, index) => ({
          orderId,
          userId: customerId,
          kind: "refill",
          status: "SENT" as const,
          providerRequestId: String(900_000_000 + index),
        })),
      });
      const before = own.requests();
      await pollRefillStatuses();
      expect(own.requests() - before).toBe(2);
      expect(await db.orderRequest.count({ where: { orderId, status: "SENT" } })).toBe(150); // "Refill not found" changes nothing
    } finally {
      await own.close();
    }
  });
});
