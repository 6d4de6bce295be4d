import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { money } from "@/lib/money/money";
import { checkLedger } from "@/lib/wallet/check-ledger";
import { createUser } from "@/tests/factories";
import { markCompleted } from "../../admin/set-order-status";
import { createOrder } from "../../create-order";
import { requestCancel } from "../request-cancel";
import { requestRefill } from "../request-refill";
import { decideRequest } from "./decide-request";
import { listRequestQueue } from "./list-request-queue";
import { decideRequestSchema } from "./schemas";

let serviceId: number;
let admin: { id: string };

beforeAll(async () => {
  admin = await createUser({ role: "ADMIN" });
  const category = await db.category.create({ data: { name: `Manual ${randomUUID().slice(0, 6)}` } });
  const service = await db.service.create({
    data: {
      name: "Manual followers",
      categoryId: category.id,
      rate: "120.0000",
      min: 10,
      max: 10_000,
      mode: "MANUAL",
      refill: true,
      refillDays: 30,
      cancel: true,
    },
  });
  serviceId = service.id;
});

async function manualOrder() {
  const customer = await createUser({ balance: "1000" });
  const { orderId, charge } = await createOrder(
    customer.id,
    { serviceId, link: `https://instagram.com/${randomUUID().slice(0, 8)}`, quantity: 1000 },
    { source: "web" },
  );
  return { customerId: customer.id, orderId, charge };
}

const failure = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
};

describe("the admin request queue", () => {
  it("lists a manual order's cancel request; two admins completing it at once cancel and refund the order once", async () => {
    const { customerId, orderId, charge } = await manualOrder();
    const { requestId, status } = await requestCancel(customerId, orderId);
    expect(status).toBe("PENDING");
    const queue = await listRequestQueue({ kind: "cancel" });
    expect(queue.requests.find((request) => request.id === requestId)).toMatchObject({
      kind: "cancel",
      order: { id: orderId, mode: "MANUAL" },
    });

    const other = await createUser({ role: "ADMIN" });
    const results = await Promise.allSettled([
      decideRequest({ requestId, decision: "complete" }, admin),
      decideRequest({ requestId, decision: "complete" }, other),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((result) => result.status === "rejected") as PromiseRejectedResult;
    expect((refused.reason as AppError).status).toBe(409);

    const order = await db.order.findUniqueOrThrow({ where: { id: orderId } });
    expect(order.status).toBe("CANCELED");
    expect(money(order.refunded).eq(money(charge))).toBe(true);
    expect(await db.ledgerEntry.count({ where: { referenceType: "order", referenceId: String(orderId), kind: "ORDER_REFUND" } })).toBe(1);
    expect(money((await db.user.findUniqueOrThrow({ where: { id: customerId } })).balance).eq(1000)).toBe(true);
    expect(await db.orderRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({ status: "COMPLETED" });
    expect(await db.notification.count({ where: { userId: customerId, kind: "request.cancel.completed" } })).toBe(1);
    expect((await listRequestQueue({ kind: "cancel" })).requests.some((request) => request.id === requestId)).toBe(false);
    expect((await checkLedger()).mismatches).toEqual([]);
  });

  it("refuses to complete a cancel of an order that already ended and writes nothing; rejecting it needs a note the customer sees", async () => {
    const { customerId, orderId } = await manualOrder();
    const { requestId } = await requestCancel(customerId, orderId);
    await markCompleted(orderId, admin);

    const refused = await failure(decideRequest({ requestId, decision: "complete" }, admin));
    expect(refused.status).toBe(409);
    expect(refused.message).toMatch(/^decision: order #\d+ is COMPLETED/);
    expect(await db.orderRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({ status: "PENDING" });
    expect(await db.order.findUniqueOrThrow({ where: { id: orderId } })).toMatchObject({ status: "COMPLETED" });

    const noNote = decideRequestSchema.safeParse({ requestId, decision: "reject" });
    expect(noNote.success).toBe(false);
    expect(noNote.error?.issues[0]).toMatchObject({ path: ["note"] });

    const rejected = await decideRequest(
      decideRequestSchema.parse({ requestId, decision: "reject", note: "Already delivered in full." }),
      admin,
    );
    expect(rejected).toMatchObject({ status: "REJECTED", orderStatus: null, refunded: null });
    expect(await db.orderRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({
      status: "REJECTED",
      message: "Already delivered in full.",
    });
    expect(await db.notification.findFirst({ where: { userId: customerId, kind: "request.cancel.rejected" } })).toMatchObject({
      body: "Already delivered in full.",
    });
    expect((await failure(decideRequest({ requestId, decision: "complete" }, admin))).status).toBe(409);
  });

  it("completes a refill request of a completed manual order without touching the order or the wallet", async () => {
    const { customerId, orderId } = await manualOrder();
    await markCompleted(orderId, admin);
    const { requestId, status } = await requestRefill(customerId, orderId);
    expect(status).toBe("PENDING");
    const balance = (await db.user.findUniqueOrThrow({ where: { id: customerId } })).balance;

    expect(await decideRequest({ requestId, decision: "complete", note: "Refilled 120 followers" }, admin)).toMatchObject({
      status: "COMPLETED",
      orderStatus: null,
    });
    expect(await db.orderRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({
      status: "COMPLETED",
      message: "Refilled 120 followers",
    });
    expect(await db.order.findUniqueOrThrow({ where: { id: orderId } })).toMatchObject({ status: "COMPLETED" });
    expect(money((await db.user.findUniqueOrThrow({ where: { id: customerId } })).balance).eq(money(balance))).toBe(true);
    expect(await db.auditLog.count({ where: { objectType: "order_request", objectId: requestId, action: "order_request.complete" } })).toBe(
      1,
    );
  });

  it("answers 404 for an unknown request", async () => {
    expect((await failure(decideRequest({ requestId: "nope", decision: "complete" }, admin))).status).toBe(404);
  });
});
