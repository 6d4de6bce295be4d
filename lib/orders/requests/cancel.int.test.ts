import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { money } from "@/lib/money/money";
import { createUser } from "@/tests/factories";
import { createOrder } from "../create-order";
import { forwardOrder } from "../forward-order";
import { syncOrderStatuses } from "../sync-order-statuses";
import { requestCancel } from "./request-cancel";
import { syncRefillStatuses } from "./sync-refill-statuses";
import { forwardedOrder, orderRow, pause, requestRow, startRequestTests, type DemoServer, type Fixture } from "./test-support";

let setup: Awaited<ReturnType<typeof startRequestTests>>;
let demo: DemoServer;
let slow: Fixture;

beforeAll(async () => {
  setup = await startRequestTests();
  demo = setup.demo;
  slow = await setup.provider("outcome=completed&durationMs=600000");
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
const refunds = (orderId: number) =>
  db.ledgerEntry.count({ where: { referenceType: "order", referenceId: String(orderId), kind: "ORDER_REFUND" } });

describe("requestCancel", () => {
  it("only asks: the order keeps its status until the provider reports it canceled, then it is refunded once and the request completes", async () => {
    const { orderId, customerId } = await forwardedOrder(slow, "1");
    const { requestId, status } = await requestCancel(customerId, orderId);
    expect(status).toBe("SENT");
    expect(await requestRow(requestId)).toMatchObject({ kind: "cancel", status: "SENT", providerRequestId: null });
    expect(await orderRow(orderId)).toMatchObject({ status: "PROCESSING" });
    expect(await refunds(orderId)).toBe(0);

    // Our request poll alone does not end it: the order has not been synced yet.
    await syncRefillStatuses();
    expect(await requestRow(requestId)).toMatchObject({ status: "SENT" });
    expect((await failure(requestCancel(customerId, orderId))).status).toBe(409);

    // The normal status sync sees "Canceled" (nothing was delivered yet) and refunds in full, once.
    await Promise.all([syncOrderStatuses({ orderIds: [orderId] }), syncOrderStatuses({ orderIds: [orderId] })]);
    const canceled = await orderRow(orderId);
    expect(canceled.status).toBe("CANCELED");
    expect(money(canceled.refunded).eq(money(canceled.charge))).toBe(true);

    await Promise.all([syncRefillStatuses(), syncRefillStatuses()]);
    expect(await requestRow(requestId)).toMatchObject({ status: "COMPLETED" });
    expect(await refunds(orderId)).toBe(1);
    expect(await db.notification.count({ where: { userId: customerId, kind: "request.cancel.completed" } })).toBe(1);
    const kinds = (
      await db.orderEvent.findMany({ where: { orderId, kind: { startsWith: "cancel_" } }, orderBy: { createdAt: "asc" } })
    ).map((event) => event.kind);
    expect(kinds).toEqual(["cancel_requested", "cancel_sent", "cancel_completed"]);
    expect((await failure(requestCancel(customerId, orderId))).status).toBe(422);
  });

  it("completes the request when a running order stops part-way: Partial, refund of the undelivered part", async () => {
    const fixture = await setup.provider("outcome=completed&durationMs=3000");
    const { orderId, customerId } = await forwardedOrder(fixture, "1");
    await pause(1200);
    await syncOrderStatuses({ orderIds: [orderId] });
    expect((await orderRow(orderId)).status).toBe("IN_PROGRESS");
    expect((await requestCancel(customerId, orderId)).status).toBe("SENT");
    await syncOrderStatuses({ orderIds: [orderId] });
    const partial = await orderRow(orderId);
    expect(partial.status).toBe("PARTIAL");
    expect(partial.remains).toBeGreaterThan(0);
    expect(partial.remains).toBeLessThan(partial.quantity);
    await syncRefillStatuses();
    expect(await db.orderRequest.findFirstOrThrow({ where: { orderId, kind: "cancel" } })).toMatchObject({ status: "COMPLETED" });
    expect(await refunds(orderId)).toBe(1);
  });

  it("refuses a service without cancel (422) and another customer's order (404), writing nothing", async () => {
    const noCancel = await forwardedOrder(slow, "2");
    const refused = await failure(requestCancel(noCancel.customerId, noCancel.orderId));
    expect(refused).toMatchObject({ status: 422, message: expect.stringContaining(`order #${noCancel.orderId}`) });
    const refillOnly = await forwardedOrder(slow, "4");
    expect((await failure(requestCancel(refillOnly.customerId, refillOnly.orderId))).status).toBe(422);

    const mine = await forwardedOrder(slow, "1");
    const stranger = await createUser();
    expect(await failure(requestCancel(stranger.id, mine.orderId))).toMatchObject({ status: 404 });
    expect(await db.orderRequest.count({ where: { orderId: { in: [noCancel.orderId, refillOnly.orderId, mine.orderId] } } })).toBe(0);
  });

  it("lets only one of several concurrent cancel requests through; the provider is asked once", async () => {
    const { orderId, customerId } = await forwardedOrder(slow, "1");
    const before = demo.requests();
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => requestCancel(customerId, orderId)));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((result) => result.status === "rejected" && (result.reason as AppError).status === 409)).toHaveLength(5);
    expect(demo.requests() - before).toBe(1);
  });

  it("records the provider's refusal as REJECTED and leaves the order alone", async () => {
    const quick = await setup.provider("outcome=completed&durationMs=200");
    const { orderId, customerId } = await forwardedOrder(quick, "1");
    await pause(300); // finished at the provider, not yet synced here
    const { requestId, status } = await requestCancel(customerId, orderId);
    expect(status).toBe("REJECTED");
    expect(await requestRow(requestId)).toMatchObject({ status: "REJECTED", message: "Order cannot be canceled" });
    expect(await orderRow(orderId)).toMatchObject({ status: "PROCESSING", refunded: expect.anything() });
    expect(await refunds(orderId)).toBe(0);
  });

  it("keeps a cancel of an order not yet at the provider PENDING for an admin; rejected once the order completes", async () => {
    const quick = await setup.provider("outcome=completed&durationMs=200");
    const customer = await createUser({ balance: "10000" });
    const { orderId } = await createOrder(
      customer.id,
      { serviceId: quick.service("1").id, link: `https://instagram.com/p/${randomUUID().slice(0, 10)}`, quantity: 1000 },
      { source: "web" },
    );
    const before = demo.requests();
    const { requestId, status } = await requestCancel(customer.id, orderId);
    expect(status).toBe("PENDING");
    expect(demo.requests()).toBe(before);
    await syncRefillStatuses();
    expect(await requestRow(requestId)).toMatchObject({ status: "PENDING", message: expect.stringContaining("admin") });

    expect(await forwardOrder(orderId)).toBe("forwarded");
    await pause(300);
    await syncOrderStatuses({ orderIds: [orderId] });
    expect((await orderRow(orderId)).status).toBe("COMPLETED");
    await syncRefillStatuses();
    expect(await requestRow(requestId)).toMatchObject({ status: "REJECTED", message: "The order finished before it could be canceled." });
    expect(await db.notification.count({ where: { userId: customer.id, kind: "request.cancel.rejected" } })).toBe(1);
  });
});
