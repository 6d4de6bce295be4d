// Issue 19 end to end: a subscription and a drip-feed placed through createOrder, forwarded to the real
// demo provider over HTTP (a short durationMs), synced while time passes, settled once, and answered
// by our own /api/v2 status. No scripted upstream: the three parts (demo provider, placing, following)
// must agree on fields, timing and shapes.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { money, roundMoneyDown } from "@/lib/money/money";
import { checkLedger } from "@/lib/wallet/check-ledger";
import { apiV2 } from "@/tests/api-v2";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { createUser } from "@/tests/factories";
import { providerWithServices, withDemoProvider } from "@/tests/order-fixtures";
import { createOrder } from "./create-order";
import { forwardOrder } from "./forward-order";
import { requestCancel } from "./requests/request-cancel";
import { syncOrderStatuses } from "./sync-order-statuses";

const context = withDemoProvider({ timeoutSeconds: 5 });

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const tag = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const FINAL = ["COMPLETED", "PARTIAL", "CANCELED"];
const orderOf = (id: number) =>
  db.order.findUniqueOrThrow({ where: { id }, include: { children: { orderBy: { providerOrderId: "asc" } } } });
const refundsOf = (id: number) =>
  db.ledgerEntry.findMany({ where: { kind: "ORDER_REFUND", referenceType: "order", referenceId: String(id) } });
const sync = (id: number) => syncOrderStatuses({ orderIds: [id] });

/** Syncs every `everyMs` until `done` holds for the order (or `limitMs` passes), recording what each sync saw. */
async function syncUntil(id: number, done: (order: Awaited<ReturnType<typeof orderOf>>) => boolean, limitMs: number, everyMs = 150) {
  const seen: Awaited<ReturnType<typeof orderOf>>[] = [];
  const end = Date.now() + limitMs;
  for (;;) {
    await sync(id);
    const now = await orderOf(id);
    seen.push(now);
    if (done(now) || Date.now() > end) return seen;
    await pause(everyMs);
  }
}

async function customerWithKey() {
  const customer = await createUser({ balance: "10000" });
  const { key } = await createApiKey(customer.id, "chain test");
  return { customer, key };
}

async function expectLedgerBalanced() {
  const { mismatches, belowLimit } = await checkLedger();
  expect(mismatches).toEqual([]);
  expect(belowLimit).toEqual([]);
}

describe("a subscription of 3 posts at the demo provider", () => {
  it("creates 3 child orders, completes, refunds what the posts did not use once, and answers /api/v2 status", async () => {
    const fixture = await providerWithServices(context.admin.id, context.demo.url("durationMs=3000"), ["24"]);
    const { customer, key } = await customerWithKey();
    const max = 100;
    const { orderId } = await createOrder(
      customer.id,
      { serviceId: fixture.service("24").id, username: `chain_${tag()}`, min: 50, max, posts: 3 },
      { source: "web" },
    );
    expect(await forwardOrder(orderId)).toBe("forwarded");
    const seen = await syncUntil(orderId, (order) => FINAL.includes(order.status), 15_000);
    const final = seen.at(-1)!;

    // Posts appeared one by one, each a child order, and the subscription's own status followed.
    const posts = seen.map((order) => order.postsDone ?? 0);
    expect(posts).toEqual([...posts].sort((a, b) => a - b));
    expect(new Set(posts).size).toBeGreaterThan(2);
    expect(seen.some((order) => order.status === "IN_PROGRESS" && order.subscriptionStatus === "ACTIVE")).toBe(true);
    expect(final).toMatchObject({ postsDone: 3, subscriptionStatus: "COMPLETED", subscriptionPosts: 3, quantity: 3 * max });
    expect(final.children).toHaveLength(3);
    for (const child of final.children) {
      expect(child).toMatchObject({ status: "COMPLETED", remains: 0 });
      expect(child.quantity).toBeGreaterThanOrEqual(50);
      expect(child.quantity).toBeLessThanOrEqual(max);
    }

    // Refund = charge − rate × Σ delivered / 1000, exactly, once.
    const delivered = final.children.reduce((sum, child) => sum + child.quantity!, 0);
    expect(final.status).toBe(delivered === 3 * max ? "COMPLETED" : "PARTIAL");
    expect(final.remains).toBe(3 * max - delivered);
    const expected = roundMoneyDown(money(final.charge).minus(money(final.rate).times(delivered).div(1000)));
    expect(money(final.refunded).toFixed(4)).toBe(expected.toFixed(4));
    const refunds = await refundsOf(orderId);
    expect(refunds).toHaveLength(delivered === 3 * max ? 0 : 1);
    if (refunds.length) expect(money(refunds[0].amount).toFixed(4)).toBe(expected.toFixed(4));

    // 10 overlapping syncs afterwards pay nothing more.
    const runs = await Promise.all(Array.from({ length: 10 }, () => sync(orderId)));
    expect(runs.reduce((sum, run) => sum + run.refunded, 0)).toBe(0);
    expect(await refundsOf(orderId)).toHaveLength(refunds.length);
    await expectLedgerBalanced();

    // Our own API answers the protocol's subscription shape.
    const { json } = await apiV2({ key, action: "status", order: orderId });
    expect(json).toEqual({
      charge: money(final.charge).minus(final.refunded).toFixed(4),
      status: "Completed",
      posts: "3",
      expiry: null,
      orders_count: "3",
      currency: "BDT",
    });
  }, 40_000);

  it("settles once when 10 syncs overlap at the moment it ends", async () => {
    const fixture = await providerWithServices(context.admin.id, context.demo.url("durationMs=2000"), ["24"]);
    const customer = await createUser({ balance: "10000" });
    const { orderId } = await createOrder(
      customer.id,
      { serviceId: fixture.service("24").id, username: `race_${tag()}`, min: 50, max: 90, posts: 3 },
      { source: "web" },
    );
    expect(await forwardOrder(orderId)).toBe("forwarded");
    await syncUntil(orderId, (order) => order.postsDone === 3, 10_000);
    await pause(2200);
    let total = 0;
    for (let round = 0; round < 3; round += 1) {
      const runs = await Promise.all(Array.from({ length: 10 }, () => sync(orderId)));
      total += runs.reduce((sum, run) => sum + run.refunded, 0);
    }
    const final = await orderOf(orderId);
    expect(FINAL).toContain(final.status);
    const delivered = final.children.reduce((sum, child) => sum + child.quantity!, 0);
    expect(total).toBe(delivered === 270 ? 0 : 1);
    expect(await refundsOf(orderId)).toHaveLength(total);
    await expectLedgerBalanced();
  }, 30_000);
});

describe("a drip-feed of 5 runs at the demo provider", () => {
  it("climbs run by run with children; a customer's cancel after 2 runs refunds the 3 runs not started, once", async () => {
    // Service 3: Default, drip-feed and cancel. 5 runs over 5 s: a run starts every 0.9 s after 0.5 s.
    const fixture = await providerWithServices(context.admin.id, context.demo.url("durationMs=5000&outcome=completed"), ["3"]);
    const { customer, key } = await customerWithKey();
    const service = fixture.service("3");
    expect(service).toBeDefined();
    const perRun = 100;
    const { orderId } = await createOrder(
      customer.id,
      { serviceId: service.id, link: `https://instagram.com/p/${tag()}`, quantity: perRun, runs: 5, interval: 1 },
      { source: "web" },
    );
    expect(await forwardOrder(orderId)).toBe("forwarded");
    const seen = await syncUntil(orderId, (order) => (order.runsDone ?? 0) >= 2, 8_000, 100);
    const running = seen.at(-1)!;
    expect(running).toMatchObject({ status: "IN_PROGRESS", runsDone: 2, runs: 5, runQuantity: perRun, quantity: 5 * perRun });
    expect(running.children).toHaveLength(2);
    expect(seen.some((order) => order.runsDone === 1 && order.children.length === 1)).toBe(true);
    expect((await apiV2({ key, action: "status", order: orderId })).json).toMatchObject({
      status: "In progress",
      runs: "2",
      orders_count: "2",
      currency: "BDT",
    });

    // The customer's cancel goes to the provider through the request path; only the next sync ends it.
    expect((await requestCancel(customer.id, orderId)).status).toBe("SENT");
    const runs = await Promise.all(Array.from({ length: 10 }, () => sync(orderId)));
    expect(runs.reduce((sum, run) => sum + run.refunded, 0)).toBe(1);
    const partial = await orderOf(orderId);
    expect(partial).toMatchObject({ status: "PARTIAL", runsDone: 2, remains: 3 * perRun });
    const expected = roundMoneyDown(money(partial.charge).times(3).div(5));
    expect(money(partial.refunded).toFixed(4)).toBe(expected.toFixed(4));
    expect(await refundsOf(orderId)).toHaveLength(1);

    // The started runs go on delivering; later syncs change no money.
    await pause(2000);
    await Promise.all(Array.from({ length: 10 }, () => sync(orderId)));
    expect(await refundsOf(orderId)).toHaveLength(1);
    await expectLedgerBalanced();

    const { json } = await apiV2({ key, action: "status", order: orderId });
    expect(json).toEqual({
      charge: money(partial.charge).minus(expected).toFixed(4),
      start_count: expect.any(String),
      status: "Partial",
      remains: String(3 * perRun),
      currency: "BDT",
      runs: "2",
      orders_count: "2",
    });
  }, 30_000);

  it("completes all 5 runs with 5 children when left alone", async () => {
    const fixture = await providerWithServices(context.admin.id, context.demo.url("durationMs=2500&outcome=completed"), ["3"]);
    const customer = await createUser({ balance: "10000" });
    const { orderId } = await createOrder(
      customer.id,
      { serviceId: fixture.service("3").id, link: `https://instagram.com/p/${tag()}`, quantity: 50, runs: 5, interval: 1 },
      { source: "web" },
    );
    expect(await forwardOrder(orderId)).toBe("forwarded");
    const seen = await syncUntil(orderId, (order) => FINAL.includes(order.status), 10_000, 100);
    const runsSeen = seen.map((order) => order.runsDone ?? 0);
    expect(runsSeen).toEqual([...runsSeen].sort((a, b) => a - b));
    expect(seen.at(-1)).toMatchObject({ status: "COMPLETED", runsDone: 5, remains: 0 });
    expect(seen.at(-1)!.children).toHaveLength(5);
    expect(await refundsOf(orderId)).toHaveLength(0);
  }, 20_000);

  it("a drip-feed seen only once it has ended (a slow cron) still shows each run's final status", async () => {
    const fixture = await providerWithServices(context.admin.id, context.demo.url("durationMs=1000&outcome=completed"), ["3"]);
    const customer = await createUser({ balance: "10000" });
    const { orderId } = await createOrder(
      customer.id,
      { serviceId: fixture.service("3").id, link: `https://instagram.com/p/${tag()}`, quantity: 40, runs: 5, interval: 1 },
      { source: "web" },
    );
    expect(await forwardOrder(orderId)).toBe("forwarded");
    await pause(1300);
    expect((await sync(orderId)).providerCalls).toBe(2); // the order, then its 5 runs reported for the first time
    const done = await orderOf(orderId);
    expect(done).toMatchObject({ status: "COMPLETED", runsDone: 5 });
    expect(done.children.map((child) => [child.status, child.quantity, child.remains])).toEqual(Array(5).fill(["COMPLETED", 40, 0]));
  });
});
