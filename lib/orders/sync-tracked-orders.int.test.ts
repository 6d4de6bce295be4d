import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser } from "@/tests/factories";
import { scriptedProvider } from "@/tests/scripted-fixtures";
import { dripFeed, ledgerAndBalance, subscription } from "@/tests/tracked-order-fixtures";
import { panelTimeZone } from "@/lib/reports/panel-time-zone";
import { dayTextIn } from "./subscription-day";
import { staleOpenOrders } from "./admin/list-sync-runs";
import { syncOrderStatuses } from "./sync-order-statuses";

let fixture: Awaited<ReturnType<typeof scriptedProvider>>;
let seq = 0;
const id = (prefix: string) => `${prefix}-${Date.now()}-${++seq}`;

beforeAll(async () => {
  const admin = await createUser({ role: "ADMIN" });
  fixture = await scriptedProvider(admin.id);
});
afterAll(async () => fixture.upstream.close());

const order = (orderId: number) =>
  db.order.findUniqueOrThrow({ where: { id: orderId }, include: { children: { orderBy: { providerOrderId: "asc" } } } });
const refunds = (orderId: number) => db.ledgerEntry.findMany({ where: { kind: "ORDER_REFUND", referenceId: String(orderId) } });
const sync = (orderId: number) => syncOrderStatuses({ orderIds: [orderId] });

describe("drip-feed tracking", () => {
  it("stores runs and child orders, then a cancel after 2 of 5 runs refunds exactly 3 runs, once", async () => {
    const parent = id("df");
    const { orderId, userId } = await dripFeed(fixture, parent, 5, 100, "50.0000");
    fixture.upstream.script.byId[parent] = { status: "In progress", charge: "0.4", runs: "1", orders: [`${parent}-1`], remains: "400" };
    fixture.upstream.script.byId[`${parent}-1`] = { status: "Completed", quantity: "100", remains: "0", charge: "0.1" };
    await sync(orderId);
    expect(await order(orderId)).toMatchObject({
      status: "IN_PROGRESS",
      runsDone: 1,
      children: [{ providerOrderId: `${parent}-1`, status: null }],
    });

    fixture.upstream.script.byId[parent] = { status: "In progress", runs: 2, orders: `${parent}-1,${parent}-2` };
    fixture.upstream.script.byId[`${parent}-2`] = { status: "In progress", remains: "40" };
    await sync(orderId);
    const running = await order(orderId);
    expect(running.runsDone).toBe(2);
    expect(running.children.map((child) => [child.providerOrderId, child.status, child.quantity, child.remains])).toEqual([
      [`${parent}-1`, "COMPLETED", 100, 0],
      [`${parent}-2`, null, null, null],
    ]);
    // The second child's status is asked in the same call as its parent.
    await sync(orderId);
    const lastCall = fixture.upstream.statusCalls().at(-1)!;
    expect(lastCall).toEqual(expect.arrayContaining([parent, `${parent}-2`]));
    expect(lastCall).not.toContain(`${parent}-1`); // final children are not asked again
    expect((await order(orderId)).children[1]).toMatchObject({ status: "IN_PROGRESS", remains: 40 });

    fixture.upstream.script.byId[parent] = { status: "Canceled", runs: "2", orders: [`${parent}-1`, `${parent}-2`], remains: "Unknown" };
    await Promise.all(Array.from({ length: 10 }, () => sync(orderId)));
    const settled = await order(orderId);
    expect(settled).toMatchObject({ status: "PARTIAL", remains: 300, runsDone: 2 });
    expect(settled.refunded.toFixed(4)).toBe("30.0000");
    expect((await refunds(orderId)).map((entry) => entry.amount.toFixed(4))).toEqual(["30.0000"]);
    const books = await ledgerAndBalance(userId);
    expect(books.ledger).toBe(books.balance);
    expect(books.balance).toBe("980.0000");
  });

  it("takes the parent's numeric remains when reported, and cancels in full when no run was delivered", async () => {
    const [a, b] = [id("df"), id("df")];
    const first = await dripFeed(fixture, a, 5, 100, "50.0000");
    const second = await dripFeed(fixture, b, 4, 50, "20.0000");
    fixture.upstream.script.byId[a] = { status: "Partial", runs: "2", remains: "250" };
    fixture.upstream.script.byId[b] = { status: "Canceled", runs: "0" };
    await syncOrderStatuses({ orderIds: [first.orderId, second.orderId] });
    expect(await order(first.orderId)).toMatchObject({ status: "PARTIAL", remains: 250 });
    expect((await order(first.orderId)).refunded.toFixed(4)).toBe("25.0000");
    expect(await order(second.orderId)).toMatchObject({ status: "CANCELED", remains: 200 });
    expect((await order(second.orderId)).refunded.toFixed(4)).toBe("20.0000");
  });

  it("ignores runs beyond the order's and completes with every run done", async () => {
    const parent = id("df");
    const { orderId } = await dripFeed(fixture, parent, 3, 100, "30.0000");
    fixture.upstream.script.byId[parent] = { status: "In progress", runs: "7" };
    await sync(orderId);
    expect((await order(orderId)).runsDone).toBe(3);
    fixture.upstream.script.byId[parent] = { status: "Completed", remains: "0" };
    await sync(orderId);
    expect(await order(orderId)).toMatchObject({ status: "COMPLETED", runsDone: 3 });
    expect((await order(orderId)).refunded.toFixed(4)).toBe("0.0000");
  });
});

describe("subscription tracking", () => {
  it("follows posts and children, and after expiry refunds what was not delivered, once", async () => {
    const parent = id("sub");
    // 3 posts × max 100 at 10 BDT per 1,000: 3.0000 paid up front.
    const { orderId, userId } = await subscription(fixture, parent, 3, 100, "3.0000");
    fixture.upstream.script.byId[parent] = { status: "Active", posts: "1", orders: [`${parent}-a`], expiry: "31/12/2030" };
    fixture.upstream.script.byId[`${parent}-a`] = { status: "In progress", quantity: "80", remains: "30" };
    await sync(orderId);
    const active = await order(orderId);
    expect(active).toMatchObject({
      status: "IN_PROGRESS",
      subscriptionStatus: "ACTIVE",
      postsDone: 1,
    });
    expect(dayTextIn(active.expiresAt!, await panelTimeZone())).toBe("31/12/2030");
    expect(active.children).toHaveLength(1);

    fixture.upstream.script.byId[parent] = { status: "paused", posts: 2, orders: [`${parent}-a`, `${parent}-b`] };
    fixture.upstream.script.byId[`${parent}-b`] = { status: "Pending" };
    await sync(orderId);
    expect(await order(orderId)).toMatchObject({ status: "IN_PROGRESS", subscriptionStatus: "PAUSED", postsDone: 2 });

    // Expired while a child is still at work: nothing settles yet.
    fixture.upstream.script.byId[parent] = { status: "Expired", posts: "2", orders: [`${parent}-a`, `${parent}-b`] };
    fixture.upstream.script.byId[`${parent}-a`] = { status: "Completed", quantity: "80", remains: "0" };
    await sync(orderId);
    expect(await order(orderId)).toMatchObject({ status: "IN_PROGRESS", subscriptionStatus: "EXPIRED" });
    expect(await refunds(orderId)).toHaveLength(0);

    // A late "Active" does not reopen it.
    fixture.upstream.script.byId[parent] = { status: "Active", posts: "2" };
    await sync(orderId);
    expect((await order(orderId)).subscriptionStatus).toBe("EXPIRED");

    fixture.upstream.script.byId[`${parent}-b`] = { status: "Completed", quantity: "100", remains: "0" };
    await Promise.all(Array.from({ length: 10 }, () => sync(orderId)));
    const settled = await order(orderId);
    // Delivered 80 + 100 of 300 paid: (300 − 180) × 10 / 1000 = 1.2000 back.
    expect(settled).toMatchObject({ status: "PARTIAL", remains: 120, subscriptionStatus: "EXPIRED" });
    expect((await refunds(orderId)).map((entry) => entry.amount.toFixed(4))).toEqual(["1.2000"]);
    const books = await ledgerAndBalance(userId);
    expect(books.ledger).toBe(books.balance);
    expect(books.balance).toBe("998.2000");
  });

  it("a subscription canceled before any post refunds in full; one fully delivered completes", async () => {
    const [a, b] = [id("sub"), id("sub")];
    const none = await subscription(fixture, a, 2, 100, "2.0000");
    const full = await subscription(fixture, b, 1, 100, "1.0000");
    fixture.upstream.script.byId[a] = { status: "Canceled", posts: "0", orders: [] };
    fixture.upstream.script.byId[b] = { status: "Completed", posts: "1", orders: [`${b}-1`] };
    fixture.upstream.script.byId[`${b}-1`] = { status: "Completed", remains: "0" };
    await syncOrderStatuses({ orderIds: [none.orderId, full.orderId] });
    expect(await order(none.orderId)).toMatchObject({ status: "CANCELED", subscriptionStatus: "CANCELED" });
    expect((await order(none.orderId)).refunded.toFixed(4)).toBe("2.0000");
    // The child was first seen in this answer: it settles on the next sync, once its status is known.
    expect((await order(full.orderId)).status).toBe("IN_PROGRESS");
    await sync(full.orderId);
    expect(await order(full.orderId)).toMatchObject({ status: "COMPLETED", subscriptionStatus: "COMPLETED" });
  });
});

describe("a subscription whose child never finishes", () => {
  it("is listed with the stale open orders once its children stopped moving for a day", async () => {
    const parent = id("sub");
    const { orderId } = await subscription(fixture, parent, 2, 100, "2.0000");
    fixture.upstream.script.byId[parent] = { status: "Expired", posts: "1", orders: [`${parent}-1`] };
    fixture.upstream.script.byId[`${parent}-1`] = { status: "In progress", remains: "50" };
    await sync(orderId);
    await sync(orderId);
    expect(await order(orderId)).toMatchObject({ status: "IN_PROGRESS", subscriptionStatus: "EXPIRED" });
    const listed = async () => (await staleOpenOrders(30, 200)).some((row) => row.id === orderId);
    expect(await listed()).toBe(false);
    // The same answer a day later changes nothing, so the child's updated_at stays where it was.
    await db.orderChild.updateMany({ where: { orderId }, data: { updatedAt: new Date(Date.now() - 25 * 3_600_000) } });
    await sync(orderId);
    expect(await listed()).toBe(true);
    expect((await order(orderId)).status).toBe("IN_PROGRESS");
  });
});
