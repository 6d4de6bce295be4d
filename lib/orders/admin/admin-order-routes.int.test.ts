import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getOrderRoute } from "@/app/api/admin/orders/[id]/route";
import { POST as forwardRoute } from "@/app/api/admin/orders/forward-to-provider/route";
import { POST as manualRoute } from "@/app/api/admin/orders/manual/route";
import { GET as listRoute } from "@/app/api/admin/orders/route";
import { POST as syncRoute } from "@/app/api/admin/orders/sync-status/route";
import { db } from "@/lib/db";
import { resetDemoProvider } from "@/lib/demo-provider/test-support";
import { money } from "@/lib/money/money";
import { startDemoProviderServer } from "@/tests/demo-provider-server";
import { callRoute, createUser, sessionCookie } from "@/tests/factories";
import { providerWithServices } from "@/tests/order-fixtures";
import { createOrder } from "../create-order";

let demo: Awaited<ReturnType<typeof startDemoProviderServer>>;
let admin: Awaited<ReturnType<typeof createUser>>;
let adminCookie: string;
let fixture: Awaited<ReturnType<typeof providerWithServices>>;

beforeAll(async () => {
  demo = await startDemoProviderServer();
  await resetDemoProvider("100000");
  admin = await createUser({ role: "ADMIN" });
  adminCookie = await sessionCookie(admin);
  fixture = await providerWithServices(admin.id, demo.url());
});
afterAll(async () => demo.close());

const link = () => `https://instagram.com/p/${randomUUID().slice(0, 10)}`;
const balanceOf = async (userId: string) =>
  money((await db.user.findUniqueOrThrow({ where: { id: userId }, select: { balance: true } })).balance);
const URL_BASE = "http://localhost:3999/api/admin/orders";

describe("permissions", () => {
  it("refuses customers and support staff on the three changing handlers (403), and signed-out callers (401)", async () => {
    const customer = await createUser({ balance: "100" });
    const support = await createUser({ role: "SUPPORT" });
    const { orderId } = await createOrder(
      customer.id,
      { serviceId: fixture.service("2").id, link: link(), quantity: 1000 },
      { source: "web" },
    );
    const calls = [
      [forwardRoute, { orderId, providerId: fixture.provider.id }],
      [syncRoute, { orderId }],
      [manualRoute, { userId: customer.id, serviceId: fixture.service("2").id, link: link(), quantity: 1000 }],
    ] as const;
    for (const who of [customer, support]) {
      const cookie = await sessionCookie(who);
      for (const [handler, body] of calls) {
        const res = await callRoute(handler, { cookie, body });
        expect(res.status).toBe(403);
        expect(res.json).toMatchObject({ success: false, error: { code: "forbidden" } });
      }
    }
    for (const [handler, body] of calls) expect((await callRoute(handler, { body })).status).toBe(401);
    expect(await db.order.findUniqueOrThrow({ where: { id: orderId } })).toMatchObject({ status: "PENDING", forwardClaimedAt: null });
    expect(await db.order.count({ where: { userId: customer.id } })).toBe(1);
    expect((await balanceOf(customer.id)).toFixed(4)).toBe(
      money(100)
        .minus(money((await db.order.findUniqueOrThrow({ where: { id: orderId } })).charge))
        .toFixed(4),
    );
  });

  it("lets support staff read the list and an order; customers get 403", async () => {
    const customer = await createUser({ balance: "100" });
    const support = await createUser({ role: "SUPPORT" });
    const { orderId } = await createOrder(
      customer.id,
      { serviceId: fixture.service("2").id, link: link(), quantity: 1000 },
      { source: "web" },
    );
    const supportCookie = await sessionCookie(support);
    const list = await callRoute(listRoute, {
      method: "GET",
      url: `${URL_BASE}?user=${encodeURIComponent(customer.email)}`,
      cookie: supportCookie,
    });
    expect(list.status).toBe(200);
    expect(list.json).toMatchObject({
      success: true,
      data: { orders: [{ id: orderId, user: { email: customer.email } }], nextCursor: null },
    });
    const one = await callRoute(getOrderRoute, { method: "GET", cookie: supportCookie, params: { id: String(orderId) } });
    expect(one.status).toBe(200);
    expect(one.json).toMatchObject({ success: true, data: { id: orderId, events: [{ kind: "created" }] } });
    expect(JSON.stringify(one.json)).not.toMatch(/apiKey/i);
    const customerCookie = await sessionCookie(customer);
    expect((await callRoute(listRoute, { method: "GET", url: URL_BASE, cookie: customerCookie })).status).toBe(403);
    expect((await callRoute(getOrderRoute, { method: "GET", cookie: customerCookie, params: { id: String(orderId) } })).status).toBe(403);
  });
});

describe("POST /api/admin/orders/manual", () => {
  it("places an order for a customer (by id or e-mail) and charges their wallet", async () => {
    const customer = await createUser({ balance: "500" });
    const service = fixture.service("2");
    const res = await callRoute(manualRoute, {
      cookie: adminCookie,
      body: { userId: customer.id, serviceId: service.id, link: link(), quantity: 2000, adminNotes: "Promised on the phone" },
    });
    expect(res.status).toBe(201);
    const data = res.json.data as { orderId: number; totalCost: string };
    expect(data).toMatchObject({ orderId: expect.any(Number), totalCost: money(service.rate).times(2).toDecimalPlaces(4).toFixed(4) });
    expect((await balanceOf(customer.id)).toFixed(4)).toBe(money(500).minus(money(data.totalCost)).toFixed(4));
    expect(await db.order.findUniqueOrThrow({ where: { id: data.orderId } })).toMatchObject({
      userId: customer.id,
      source: "admin",
      adminNotes: "Promised on the phone",
      status: "PENDING",
    });
    expect(
      await db.ledgerEntry.findFirst({ where: { referenceType: "order", referenceId: String(data.orderId), kind: "ORDER_CHARGE" } }),
    ).toMatchObject({ actorId: admin.id });
    expect(await db.auditLog.findFirst({ where: { action: "order.manual_create", objectId: String(data.orderId) } })).toMatchObject({
      actorId: admin.id,
    });

    const byEmail = await callRoute(manualRoute, {
      cookie: adminCookie,
      body: { userId: customer.email.toUpperCase(), serviceId: service.id, link: link(), quantity: 1000 },
    });
    expect(byEmail.status).toBe(201);
  });

  it("names the field on bad input and charges nothing", async () => {
    const customer = await createUser({ balance: "1" });
    const service = fixture.service("2");
    const cases: [Record<string, unknown>, number, RegExp][] = [
      [{ userId: "nobody@example.test", serviceId: service.id, link: link(), quantity: 1000 }, 422, /^userId: /],
      [{ userId: customer.id, serviceId: 999_999, link: link(), quantity: 1000 }, 422, /^serviceId: /],
      [{ userId: customer.id, serviceId: service.id, link: link(), quantity: 0 }, 422, /^quantity: /],
      [{ userId: customer.id, serviceId: service.id, quantity: 1000 }, 422, /^link: /],
      [{ userId: customer.id, serviceId: service.id, link: link(), quantity: service.max }, 422, /^balance: not enough funds/],
    ];
    for (const [body, status, message] of cases) {
      const res = await callRoute(manualRoute, { cookie: adminCookie, body });
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect(res.json.error?.message).toMatch(message);
    }
    expect(await db.order.count({ where: { userId: customer.id } })).toBe(0);
    expect((await balanceOf(customer.id)).toFixed(4)).toBe("1.0000");
  });
});

describe("POST /api/admin/orders/forward-to-provider", () => {
  it("answers {providerOrderId, status} once the provider accepted the order", async () => {
    const customer = await createUser({ balance: "100" });
    const { orderId } = await createOrder(
      customer.id,
      { serviceId: fixture.service("2").id, link: link(), quantity: 1000 },
      { source: "web" },
    );
    const res = await callRoute(forwardRoute, { cookie: adminCookie, body: { orderId, providerId: fixture.provider.id } });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      success: true,
      data: { providerOrderId: expect.any(String), status: "PROCESSING", outcome: "forwarded" },
    });
    const stored = await db.order.findUniqueOrThrow({ where: { id: orderId } });
    expect((res.json.data as { providerOrderId: string }).providerOrderId).toBe(stored.providerOrderId);
    const again = await callRoute(forwardRoute, { cookie: adminCookie, body: { orderId, providerId: fixture.provider.id } });
    expect(again.status).toBe(409);
    const bad = await callRoute(forwardRoute, { cookie: adminCookie, body: { orderId: "x", providerId: fixture.provider.id } });
    expect(bad).toMatchObject({ status: 422, json: { error: { message: expect.stringMatching(/^orderId: /) } } });
    const missing = await callRoute(forwardRoute, { cookie: adminCookie, body: { orderId } });
    expect(missing).toMatchObject({ status: 422, json: { error: { message: expect.stringMatching(/^providerId: /) } } });
  });
});

describe("POST /api/admin/orders/sync-status", () => {
  it("syncs one order now, answers {syncedOrders, errors} and stores an admin SyncRun", async () => {
    const quick = await providerWithServices(admin.id, demo.url("outcome=completed&durationMs=100"));
    const customer = await createUser({ balance: "100" });
    const { orderId } = await createOrder(
      customer.id,
      { serviceId: quick.service("2").id, link: link(), quantity: 1000 },
      { source: "web" },
    );
    expect((await callRoute(forwardRoute, { cookie: adminCookie, body: { orderId, providerId: quick.provider.id } })).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const runs = await db.syncRun.count({ where: { trigger: "admin" } });
    const res = await callRoute(syncRoute, { cookie: adminCookie, body: { orderId } });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ success: true, data: { syncedOrders: 1, changed: 1, errors: [] } });
    expect(await db.syncRun.count({ where: { trigger: "admin" } })).toBe(runs + 1);
    expect((await db.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe("COMPLETED");
    // A finished order is no longer at the provider: asking again names the field.
    const again = await callRoute(syncRoute, { cookie: adminCookie, body: { orderId } });
    expect(again).toMatchObject({ status: 409, json: { error: { message: expect.stringMatching(/^orderId: /) } } });
  });

  it("syncs every open order with forceSync", async () => {
    const runs = await db.syncRun.count({ where: { trigger: "admin" } });
    const res = await callRoute(syncRoute, { cookie: adminCookie, body: { forceSync: true } });
    expect(res).toMatchObject({
      status: 200,
      json: { success: true, data: { syncedOrders: expect.any(Number), errors: expect.any(Array) } },
    });
    expect(await db.syncRun.count({ where: { trigger: "admin" } })).toBe(runs + 1);
  });
});
