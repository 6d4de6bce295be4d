import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDemoProvider } from "@/lib/demo-provider/test-support";
import { money } from "@/lib/money/money";
import { checkLedger } from "@/lib/wallet/check-ledger";
import { startDemoProviderServer } from "@/tests/demo-provider-server";
import { createUser } from "@/tests/factories";
import { fastProviderTimeout, providerWithServices } from "@/tests/order-fixtures";
import { createOrder } from "../create-order";
import { forwardOrder } from "../forward-order";
import {
  bulkOrderAction,
  cancelWithRefund,
  forwardToProvider,
  markCompleted,
  resolveUncertain,
  setOrderStatus,
  setPartial,
} from "./admin-order-actions";

let demo: Awaited<ReturnType<typeof startDemoProviderServer>>;
let admin: Awaited<ReturnType<typeof createUser>>;
let actor: { id: string; ip: string };

beforeAll(async () => {
  demo = await startDemoProviderServer();
  await resetDemoProvider("100000");
  admin = await createUser({ role: "ADMIN" });
  actor = { id: admin.id, ip: "203.0.113.9" };
  await fastProviderTimeout(admin.id, 1);
});
afterAll(async () => demo.close());

const link = () => `https://instagram.com/p/${randomUUID().slice(0, 10)}`;
const order = (id: number) => db.order.findUniqueOrThrow({ where: { id } });
const refunds = (orderId: number) =>
  db.ledgerEntry.count({ where: { referenceType: "order", referenceId: String(orderId), kind: "ORDER_REFUND" } });
const balanceOf = async (userId: string) =>
  money((await db.user.findUniqueOrThrow({ where: { id: userId }, select: { balance: true } })).balance);

async function setup(query = "") {
  const fixture = await providerWithServices(admin.id, demo.url(query));
  const customer = await createUser({ balance: "1000" });
  const place = () => createOrder(customer.id, { serviceId: fixture.service("2").id, link: link(), quantity: 1000 }, { source: "web" });
  return { fixture, customer, place };
}

async function uncertainOrder(setupResult: Awaited<ReturnType<typeof setup>>) {
  const { orderId } = await setupResult.place();
  expect(await forwardOrder(orderId)).toBe("uncertain");
  return orderId;
}

describe("resolving an uncertain order", () => {
  it("attaches the provider's order id: UNCERTAIN → PROCESSING, audited, with the admin on the timeline", async () => {
    const lost = await setup("fault=timeout_after_accept&hangMs=3000");
    const orderId = await uncertainOrder(lost);
    const result = await resolveUncertain(orderId, { providerOrderId: " 777001 " }, actor);
    expect(result).toMatchObject({ resolution: "attached", status: "PROCESSING", providerOrderId: "777001" });
    expect(await order(orderId)).toMatchObject({ status: "PROCESSING", providerOrderId: "777001", forwardedAt: expect.any(Date) });
    expect(await db.orderEvent.findFirst({ where: { orderId, kind: "admin_attach" } })).toMatchObject({
      toStatus: "PROCESSING",
      actorId: admin.id,
    });
    expect(
      await db.auditLog.findFirst({ where: { objectType: "order", objectId: String(orderId), action: "order.attach" } }),
    ).toMatchObject({ actorId: admin.id, ip: "203.0.113.9" });
    // Already resolved: a second attach is refused.
    await expect(resolveUncertain(orderId, { providerOrderId: "777002" }, actor)).rejects.toMatchObject({
      status: 409,
      message: expect.stringMatching(/^orderId: /),
    });
  });

  it("refuses a provider order id that another order of the same provider already has (409), changing nothing", async () => {
    const lost = await setup("fault=timeout_after_accept&hangMs=3000");
    const first = await uncertainOrder(lost);
    const second = await uncertainOrder(lost);
    await resolveUncertain(first, { providerOrderId: "888001" }, actor);
    await expect(resolveUncertain(second, { providerOrderId: "888001" }, actor)).rejects.toMatchObject({
      status: 409,
      code: "provider_order_id_taken",
      message: expect.stringMatching(/^providerOrderId: .*#\d+/),
    });
    expect(await order(second)).toMatchObject({ status: "UNCERTAIN", providerOrderId: null });
  });

  it("resends knowingly: back to PENDING, then forwarded exactly once more even when two admins click at once", async () => {
    const lost = await setup("fault=timeout_after_accept&hangMs=3000");
    const orderId = await uncertainOrder(lost);
    // The first send never really arrived (the case where resending is right), and the provider is healthy again.
    const { link: orderLink } = await order(orderId);
    await db.demoProviderOrder.deleteMany({ where: { link: orderLink } });
    await db.provider.update({ where: { id: lost.fixture.provider.id }, data: { apiUrl: demo.url() } });
    const requestsBefore = demo.requests();

    const [a, b] = await Promise.allSettled([
      resolveUncertain(orderId, { resend: true }, actor),
      resolveUncertain(orderId, { resend: true }, actor),
    ]);
    const done = [a, b].filter((result) => result.status === "fulfilled");
    expect(done).toHaveLength(1);
    expect(done[0].value).toMatchObject({
      resolution: "resent",
      outcome: "forwarded",
      status: "PROCESSING",
      providerOrderId: expect.any(String),
    });
    expect([a, b].find((result) => result.status === "rejected")).toMatchObject({ reason: { status: 409 } });
    expect(demo.requests() - requestsBefore).toBe(1); // one `add`, nothing else
    expect(await db.demoProviderOrder.count({ where: { link: orderLink } })).toBe(1);
    const kinds = (await db.orderEvent.findMany({ where: { orderId }, orderBy: { createdAt: "asc" }, select: { kind: true } })).map(
      (event) => event.kind,
    );
    expect(kinds.slice(-3)).toEqual(["admin_resend", "forward_attempt", "forwarded"]);
    expect(await db.auditLog.count({ where: { objectId: String(orderId), action: "order.resend" } })).toBe(1);
  });

  it("will not resend an uncertain order through forward-to-provider without confirmation", async () => {
    const lost = await setup("fault=timeout_after_accept&hangMs=3000");
    const orderId = await uncertainOrder(lost);
    const requestsBefore = demo.requests();
    await expect(forwardToProvider(orderId, lost.fixture.provider.id, actor)).rejects.toMatchObject({
      status: 409,
      message: expect.stringMatching(/^orderId: .*resend knowingly/),
    });
    expect(demo.requests()).toBe(requestsBefore);
    expect((await order(orderId)).status).toBe("UNCERTAIN");
  });
});

describe("forwarding by hand", () => {
  it("sends a pending order to the provider that offers its service, once", async () => {
    const { fixture, place } = await setup();
    const { orderId } = await place();
    const result = await forwardToProvider(orderId, fixture.provider.id, actor);
    expect(result).toMatchObject({ orderId, outcome: "forwarded", status: "PROCESSING", providerOrderId: expect.any(String) });
    await expect(forwardToProvider(orderId, fixture.provider.id, actor)).rejects.toMatchObject({
      status: 409,
      message: expect.stringMatching(/^orderId: .*only pending/),
    });
  });

  it("refuses a provider that does not offer the order's service (422 naming providerId), sending nothing", async () => {
    const { place } = await setup();
    const other = await providerWithServices(admin.id, demo.url());
    const { orderId } = await place();
    const requestsBefore = demo.requests();
    await expect(forwardToProvider(orderId, other.provider.id, actor)).rejects.toMatchObject({
      status: 422,
      message: expect.stringMatching(/^providerId: /),
    });
    await expect(forwardToProvider(orderId, "no-such-provider", actor)).rejects.toMatchObject({
      status: 422,
      message: expect.stringMatching(/^providerId: /),
    });
    expect(demo.requests()).toBe(requestsBefore);
    expect(await order(orderId)).toMatchObject({ status: "PENDING", forwardClaimedAt: null });
  });
});

describe("status changes", () => {
  it("sets partial: refunds charge × remains / quantity once; a second call is refused and refunds nothing", async () => {
    const { customer, place } = await setup();
    const { orderId, charge } = await place();
    const result = await setPartial(orderId, 300, actor);
    const expected = money(charge).times(300).div(1000).toDecimalPlaces(4, 1);
    expect(result).toMatchObject({ from: "PENDING", status: "PARTIAL", refunded: expected.toFixed(4) });
    expect(await order(orderId)).toMatchObject({ status: "PARTIAL", remains: 300 });
    expect(money((await order(orderId)).refunded).toFixed(4)).toBe(expected.toFixed(4));
    const balance = await balanceOf(customer.id);
    await expect(setPartial(orderId, 100, actor)).rejects.toMatchObject({
      status: 409,
      code: "illegal_transition",
      message: expect.stringMatching(/^to: /),
    });
    expect(await refunds(orderId)).toBe(1);
    expect((await balanceOf(customer.id)).toFixed(4)).toBe(balance.toFixed(4));
    expect(await db.auditLog.count({ where: { objectId: String(orderId), action: "order.admin_partial" } })).toBe(1);
  });

  it("refuses remains outside 0 < remains ≤ quantity (422 naming remains) and refunds once under concurrency", async () => {
    const { place } = await setup();
    const { orderId } = await place();
    await expect(setPartial(orderId, 1001, actor)).rejects.toMatchObject({
      status: 422,
      message: expect.stringMatching(/^remains: must be at most 1000/),
    });
    await expect(setPartial(orderId, 0, actor)).rejects.toMatchObject({ status: 422, message: expect.stringMatching(/^remains: /) });
    expect((await order(orderId)).status).toBe("PENDING");
    const racing = await Promise.allSettled([
      setPartial(orderId, 500, actor),
      setPartial(orderId, 400, actor),
      cancelWithRefund(orderId, actor),
    ]);
    expect(racing.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await refunds(orderId)).toBe(1);
    expect((await checkLedger()).mismatches).toEqual([]);
  });

  it("cancels with a full refund, once", async () => {
    const { customer, place } = await setup();
    const { orderId } = await place();
    const result = await cancelWithRefund(orderId, actor);
    expect(result).toMatchObject({ status: "CANCELED" });
    const canceled = await order(orderId);
    expect(money(canceled.refunded).eq(money(canceled.charge))).toBe(true);
    expect((await balanceOf(customer.id)).toFixed(4)).toBe("1000.0000");
    await expect(cancelWithRefund(orderId, actor)).rejects.toMatchObject({ status: 409 });
    expect(await refunds(orderId)).toBe(1);
    expect(await db.orderEvent.findFirst({ where: { orderId, kind: "admin_cancel" } })).toMatchObject({
      actorId: admin.id,
      toStatus: "CANCELED",
    });
  });

  it("refuses moves the lifecycle does not allow, writing nothing", async () => {
    const { place } = await setup();
    const { orderId } = await place();
    await markCompleted(orderId, actor);
    expect(await order(orderId)).toMatchObject({ status: "COMPLETED", remains: 0 });
    const events = await db.orderEvent.count({ where: { orderId } });
    await expect(setOrderStatus(orderId, "PROCESSING", actor)).rejects.toMatchObject({
      status: 409,
      code: "illegal_transition",
      message: "to: cannot move order #" + orderId + " from COMPLETED to PROCESSING",
    });
    await expect(cancelWithRefund(orderId, actor)).rejects.toMatchObject({ status: 409 });
    await expect(setOrderStatus(orderId, "PARTIAL", actor)).rejects.toMatchObject({ status: 422, message: expect.stringMatching(/^to: /) });
    await expect(setOrderStatus(orderId, "PENDING", actor)).rejects.toMatchObject({ status: 422, message: expect.stringMatching(/^to: /) });
    await expect(setOrderStatus(999_999_999, "COMPLETED", actor)).rejects.toMatchObject({
      status: 404,
      message: expect.stringMatching(/^orderId: /),
    });
    expect(await db.orderEvent.count({ where: { orderId } })).toBe(events);
    expect(await refunds(orderId)).toBe(0);
  });

  it("leaves an order alone while its forward is in flight", async () => {
    const { place } = await setup();
    const { orderId } = await place();
    await db.order.update({ where: { id: orderId }, data: { forwardClaimedAt: new Date() } });
    await expect(cancelWithRefund(orderId, actor)).rejects.toMatchObject({ status: 409, code: "forward_in_flight" });
    expect(await refunds(orderId)).toBe(0);
  });
});

describe("bulk actions", () => {
  it("applies one action per order and says why the others were skipped", async () => {
    const { place } = await setup();
    const a = await place();
    const b = await place();
    const done = await place();
    await markCompleted(done.orderId, actor);
    const result = await bulkOrderAction(
      { action: "cancel", orderIds: [a.orderId, b.orderId, done.orderId, 999_999_998, a.orderId] },
      actor,
    );
    expect(result.ok).toBe(2);
    expect(result.skipped).toEqual([
      { orderId: 999_999_998, code: "not_found", reason: expect.stringMatching(/^orderId: /) },
      { orderId: done.orderId, code: "illegal_transition", reason: expect.stringMatching(/COMPLETED to CANCELED/) },
    ]);
    expect(await refunds(a.orderId)).toBe(1);
    expect(await refunds(b.orderId)).toBe(1);
  });

  it("sets partial per order, skipping those whose quantity is below the remains", async () => {
    const { fixture, customer, place } = await setup();
    const big = await place();
    const small = await createOrder(
      customer.id,
      { serviceId: fixture.service("2").id, link: link(), quantity: fixture.service("2").min },
      { source: "web" },
    );
    const remains = fixture.service("2").min + 1;
    const result = await bulkOrderAction({ action: "setPartial", remains, orderIds: [big.orderId, small.orderId] }, actor);
    expect(result).toMatchObject({
      ok: 1,
      skipped: [{ orderId: small.orderId, code: "validation_failed", reason: expect.stringMatching(/^remains: /) }],
    });
    expect((await order(small.orderId)).status).toBe("PENDING");
  });

  it("forwards pending orders and reports the ones that were not sent", async () => {
    const { place } = await setup();
    const a = await place();
    const b = await place();
    await cancelWithRefund(b.orderId, actor);
    const result = await bulkOrderAction({ action: "forward", orderIds: [a.orderId, b.orderId] }, actor);
    expect(result).toMatchObject({ ok: 1, skipped: [{ orderId: b.orderId, code: "order_state" }] });
    expect((await order(a.orderId)).status).toBe("PROCESSING");
  });
});
