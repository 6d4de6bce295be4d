import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDemoProvider } from "@/lib/demo-provider/test-support";
import { startDemoProviderServer } from "@/tests/demo-provider-server";
import { createUser } from "@/tests/factories";
import { providerWithServices } from "@/tests/order-fixtures";
import { createOrder } from "../create-order";
import { forwardOrder } from "../forward-order";
import { cancelWithRefund } from "./set-order-status";
import { getOrderForAdmin } from "./get-order-for-admin";
import { listOrdersForAdmin } from "./list-orders-for-admin";
import { listSyncRuns, staleOpenOrders } from "./list-sync-runs";
import { syncOrdersNow } from "./sync-orders-now";

let demo: Awaited<ReturnType<typeof startDemoProviderServer>>;
let admin: Awaited<ReturnType<typeof createUser>>;
let customer: Awaited<ReturnType<typeof createUser>>;
let fixture: Awaited<ReturnType<typeof providerWithServices>>;
const ids: number[] = [];
const tag = randomUUID().slice(0, 8);

beforeAll(async () => {
  demo = await startDemoProviderServer();
  await resetDemoProvider("100000");
  admin = await createUser({ role: "ADMIN" });
  customer = await createUser({ balance: "1000" });
  fixture = await providerWithServices(admin.id, demo.url("durationMs=600000"));
  for (let index = 0; index < 5; index += 1) {
    const created = await createOrder(
      customer.id,
      { serviceId: fixture.service("2").id, link: `https://instagram.com/p/${tag}-${index}`, quantity: 1000 },
      { source: "web" },
    );
    ids.push(created.orderId);
  }
  await forwardOrder(ids[0]);
  await cancelWithRefund(ids[1], { id: admin.id });
});
afterAll(async () => demo.close());

describe("listOrdersForAdmin", () => {
  it("filters by user (id or e-mail), status, service, provider and mode, newest first", async () => {
    const byEmail = await listOrdersForAdmin({ user: customer.email.toUpperCase() });
    expect(byEmail.orders.map((order) => order.id)).toEqual([...ids].reverse());
    expect((await listOrdersForAdmin({ user: customer.id, status: "CANCELED" })).orders.map((order) => order.id)).toEqual([ids[1]]);
    expect(
      (await listOrdersForAdmin({ user: customer.id, serviceId: fixture.service("2").id, providerId: fixture.provider.id, mode: "AUTO" }))
        .orders,
    ).toHaveLength(5);
    expect((await listOrdersForAdmin({ user: customer.id, mode: "MANUAL" })).orders).toHaveLength(0);
    expect((await listOrdersForAdmin({ user: "nobody@example.test" })).orders).toHaveLength(0);
    const row = byEmail.orders[0];
    expect(row).toMatchObject({
      user: { email: customer.email },
      service: { id: fixture.service("2").id },
      provider: { name: fixture.provider.name },
      charge: expect.stringMatching(/^\d+\.\d{4}$/),
    });
  });

  it("searches by our id, provider order id, link fragment and e-mail", async () => {
    const forwarded = await db.order.findUniqueOrThrow({ where: { id: ids[0] } });
    expect((await listOrdersForAdmin({ q: String(ids[2]) })).orders.map((order) => order.id)).toContain(ids[2]);
    expect(
      (await listOrdersForAdmin({ q: forwarded.providerOrderId!, providerId: fixture.provider.id })).orders.map((order) => order.id),
    ).toEqual([ids[0]]);
    expect((await listOrdersForAdmin({ q: `${tag.toUpperCase()}-3` })).orders.map((order) => order.id)).toEqual([ids[3]]);
    expect((await listOrdersForAdmin({ q: customer.email.split("@")[0] + "@" })).orders).toHaveLength(5);
    expect((await listOrdersForAdmin({ q: "no-such-thing-anywhere" })).orders).toHaveLength(0);
  });

  it("pages by id with a cursor, at most 100 a page", async () => {
    const first = await listOrdersForAdmin({ user: customer.id, take: 2 });
    expect(first.orders.map((order) => order.id)).toEqual([ids[4], ids[3]]);
    const second = await listOrdersForAdmin({ user: customer.id, take: 2, cursor: first.nextCursor! });
    expect(second.orders.map((order) => order.id)).toEqual([ids[2], ids[1]]);
    const third = await listOrdersForAdmin({ user: customer.id, take: 2, cursor: second.nextCursor! });
    expect(third).toEqual({ orders: [expect.objectContaining({ id: ids[0] })], nextCursor: null });
    expect((await listOrdersForAdmin({ take: 1000 })).orders.length).toBeLessThanOrEqual(100);
  });

  it("filters by created day (Asia/Dhaka)", async () => {
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Dhaka" }).format(new Date());
    expect((await listOrdersForAdmin({ user: customer.id, from: today, to: today })).orders).toHaveLength(5);
    expect((await listOrdersForAdmin({ user: customer.id, to: "2020-01-01" })).orders).toHaveLength(0);
    const tomorrow = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Dhaka" }).format(new Date(Date.now() + 86_400_000));
    expect((await listOrdersForAdmin({ user: customer.id, from: tomorrow })).orders).toHaveLength(0);
    const paged = await listOrdersForAdmin({ user: customer.id, from: today, take: 3 });
    expect(
      (await listOrdersForAdmin({ user: customer.id, from: today, to: today, cursor: paged.nextCursor! })).orders.map((order) => order.id),
    ).toEqual([ids[1], ids[0]]);
  });
});

describe("getOrderForAdmin", () => {
  it("returns the order with its people, timeline (newest first, with from → to and actor) and requests, without provider secrets", async () => {
    const detail = await getOrderForAdmin(ids[1]);
    expect(detail).toMatchObject({
      id: ids[1],
      status: "CANCELED",
      user: { email: customer.email },
      provider: { id: fixture.provider.id },
      requests: [],
    });
    expect(detail.events[0]).toMatchObject({ kind: "admin_cancel", fromStatus: "PENDING", toStatus: "CANCELED", actorEmail: admin.email });
    expect(detail.events.at(-1)).toMatchObject({ kind: "created" });
    expect(Object.keys(detail.provider ?? {})).toEqual(["id", "name", "status"]);
    await expect(getOrderForAdmin(999_999_997)).rejects.toMatchObject({ status: 404 });
  });
});

describe("sync runs and stale orders", () => {
  it("lists admin sync runs and open orders not checked for too long", async () => {
    await syncOrdersNow({ orderId: ids[0] }, { id: admin.id });
    const [latest] = await listSyncRuns(5);
    expect(latest).toMatchObject({ trigger: "admin", checked: 1, providerCalls: 1, errors: [] });
    await db.order.update({ where: { id: ids[0] }, data: { lastCheckedAt: new Date(Date.now() - 3 * 3_600_000) } });
    const stale = await staleOpenOrders(60, 200);
    expect(stale.map((order) => order.id)).toContain(ids[0]);
    expect(stale.map((order) => order.id)).not.toContain(ids[1]); // canceled is not open
  });
});
