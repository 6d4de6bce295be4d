import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import { db } from "@/lib/db";
import { logger } from "@/lib/log/logger";
import { money } from "@/lib/money/money";
import { forwardOrder } from "@/lib/orders/forward-order";
import { pollRefillStatuses } from "@/lib/orders/requests/poll-refill-statuses";
import { syncOrderStatuses } from "@/lib/orders/sync-order-statuses";
import { checkLedger } from "@/lib/wallet/check-ledger";
import { apiV2, resellerWithKey } from "@/tests/api-v2";
import { startRequestTests, pause, type DemoServer, type Fixture } from "@/lib/orders/requests/test-support";

let demo: DemoServer;
let slow: Fixture;
let fast: Fixture;

beforeAll(async () => {
  const setup = await startRequestTests();
  demo = setup.demo;
  slow = await setup.provider("outcome=completed&durationMs=600000");
  fast = await setup.provider("outcome=completed&durationMs=100");
});
afterAll(async () => {
  // Leave no refill SENT behind for a provider whose server is about to close: other files poll every open refill.
  await pause(300);
  await pollRefillStatuses();
  await demo.close();
});

const link = () => `https://instagram.com/p/${randomUUID().slice(0, 10)}`;
const balanceOf = async (userId: string) =>
  money((await db.user.findUniqueOrThrow({ where: { id: userId }, select: { balance: true } })).balance);
const errorOf = (json: unknown) => (json as { error?: string }).error;

async function placed(key: string, fixture: Fixture, upstreamId = "1", quantity = 1000) {
  const { json } = await apiV2({ key, action: "add", service: fixture.service(upstreamId).id, link: link(), quantity });
  const order = (json as { order: number }).order;
  expect(order).toEqual(expect.any(Number));
  return order;
}

describe("keys", () => {
  it("refuses an unknown, a revoked and a suspended user's key with the protocol's error", async () => {
    expect((await apiV2({ key: "smm_not-a-real-key", action: "balance" })).json).toEqual({ error: "Invalid API key" });
    expect((await apiV2({ action: "balance" })).json).toEqual({ error: "Invalid API key" });

    const { user, key, keyId } = await resellerWithKey();
    expect((await apiV2({ key, action: "balance" })).json).toMatchObject({ currency: "BDT" });
    await revokeApiKey(user.id, keyId);
    const revoked = await apiV2({ key, action: "balance" });
    expect(revoked).toMatchObject({ status: 200, json: { error: "Invalid API key" } });

    const other = await resellerWithKey();
    await db.user.update({ where: { id: other.user.id }, data: { status: "SUSPENDED" } });
    expect((await apiV2({ key: other.key, action: "balance" })).json).toEqual({ error: "Invalid API key" });
  });

  it("reads the key from a POST body only, never from a POST's URL; GET answers the same for old clients", async () => {
    const { key } = await resellerWithKey();
    const url = new URL("http://localhost:3999/api/v2");
    url.searchParams.set("key", key);
    const { POST } = await import("@/app/api/v2/route");
    const res = await POST(
      new Request(url, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "action=balance" }),
    );
    expect(await res.json()).toEqual({ error: "Invalid API key" });
    expect((await apiV2({ key, action: "balance" }, { as: "get" })).json).toEqual({ balance: "10000.0000", currency: "BDT" });
    expect((await apiV2({ key, action: "balance" }, { as: "json" })).json).toEqual({ balance: "10000.0000", currency: "BDT" });
  });

  it("never writes the key or the request body to the log: one line with action, status and time", async () => {
    const { key } = await resellerWithKey();
    const lines: unknown[] = [];
    const spies = (["info", "warn", "error", "debug"] as const).map((level) =>
      vi.spyOn(logger, level).mockImplementation(((...args: unknown[]) => void lines.push(args)) as never),
    );
    try {
      await apiV2({ key, action: "balance" });
      await apiV2({ key, action: "balance" }, { as: "get" });
      await apiV2({ key, action: "add", service: slow.service("1").id, link: "https://instagram.com/secret-link", quantity: 100 });
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    const text = JSON.stringify(lines);
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(text).toContain("api v2 request");
    expect(text).toContain('"action":"balance"');
    expect(text).not.toContain(key);
    expect(text).not.toContain(key.slice(12));
    expect(text).not.toContain("secret-link");
  });

  it("answers an unknown action and an unreadable body with errors, HTTP 200", async () => {
    const { key } = await resellerWithKey();
    expect(await apiV2({ key, action: "launch" })).toMatchObject({ status: 200, json: { error: "Incorrect request" } });
    const { POST } = await import("@/app/api/v2/route");
    const res = await POST(
      new Request("http://localhost:3999/api/v2", { method: "POST", headers: { "content-type": "application/json" }, body: "{not json" }),
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ error: "Incorrect request" });
  });
});

describe("services and balance", () => {
  it("lists services with the protocol's fields at the customer's prices, in BDT or in USD at their rate", async () => {
    const { user, key } = await resellerWithKey({ balance: "1220" });
    const service = slow.service("1");
    const bdt = (await apiV2({ key, action: "services" })).json as Record<string, unknown>[];
    const entry = bdt.find((item) => item.service === service.id);
    expect(entry).toEqual({
      service: service.id,
      name: expect.any(String),
      type: "Default",
      category: expect.any(String),
      rate: money(service.rate).toFixed(4),
      min: String(service.min),
      max: String(service.max),
      refill: true,
      cancel: true,
      dripfeed: false,
      desc: expect.any(String),
    });

    await db.user.update({ where: { id: user.id }, data: { currency: "USD", dollarRate: "122" } });
    const usd = (await apiV2({ key, action: "services" })).json as Record<string, unknown>[];
    expect(usd.find((item) => item.service === service.id)?.rate).toBe(money(service.rate).div(122).toDecimalPlaces(7).toFixed(7));
    expect((await apiV2({ key, action: "balance" })).json).toEqual({ balance: "10.0000000", currency: "USD" });
  });
});

describe("add", () => {
  it("places an order with the web's charge: one ledger entry, balance down by rate × quantity / 1000", async () => {
    const { user, key } = await resellerWithKey({ balance: "1000" });
    const service = slow.service("1");
    const order = await placed(key, slow, "1", 1500);
    const row = await db.order.findUniqueOrThrow({ where: { id: order } });
    const charge = money(service.rate).times(1500).div(1000).toDecimalPlaces(4);
    expect(row).toMatchObject({ userId: user.id, source: "api", quantity: 1500, status: "PENDING" });
    expect(money(row.charge).eq(charge)).toBe(true);
    expect((await balanceOf(user.id)).toFixed(4)).toBe(money(1000).minus(charge).toFixed(4));
  });

  it("answers each kind of bad input with a protocol error and charges nothing", async () => {
    const { user, key } = await resellerWithKey({ balance: "5" });
    const service = slow.service("1"); // min 10, max 100000
    const add = (fields: Record<string, string | number>) => apiV2({ key, action: "add", ...fields }).then(({ json }) => errorOf(json));
    expect(await add({ service: 999999, link: link(), quantity: 100 })).toBe("Incorrect service ID");
    expect(await add({ link: link(), quantity: 100 })).toBe("Incorrect service ID");
    expect(await add({ service: "abc", link: link(), quantity: 100 })).toBe("Incorrect service ID");
    expect(await add({ service: service.id, link: "not a link", quantity: 100 })).toBe("Incorrect link");
    expect(await add({ service: service.id, quantity: 100 })).toBe("Incorrect link");
    // The web's link rule on this door too: a provider refuses these, and the order would come back refunded.
    expect(await add({ service: service.id, link: "https://instagram.com/p/ab cd", quantity: 100 })).toBe("Incorrect link");
    expect(await add({ service: service.id, link: "https://instagram.com/p/ab\tcd", quantity: 100 })).toBe("Incorrect link");
    expect(await add({ service: service.id, link: `https://instagram.com/${"a".repeat(50_000)}`, quantity: 100 })).toBe("Incorrect link");
    expect(await add({ service: service.id, link: link(), quantity: 5 })).toBe("Quantity less than minimal 10");
    expect(await add({ service: service.id, link: link(), quantity: 100001 })).toBe("Quantity more than maximal 100000");
    expect(await add({ service: service.id, link: link(), quantity: "ten" })).toBe("Incorrect quantity");
    expect(await add({ service: service.id, link: link() })).toMatch(/^quantity: is required/);
    expect(await add({ service: service.id, link: link(), quantity: 100000 })).toBe("Not enough funds on balance");
    expect((await balanceOf(user.id)).toFixed(4)).toBe("5.0000");
    expect(await db.order.count({ where: { userId: user.id } })).toBe(0);
  });

  it("refuses the same order within a minute unless an Idempotency-Key is sent; a replayed key charges once", async () => {
    const { user, key } = await resellerWithKey({ balance: "1000" });
    const fields = { key, action: "add", service: slow.service("2").id, link: link(), quantity: 100 };
    const first = (await apiV2(fields)).json as { order: number };
    expect(errorOf((await apiV2(fields)).json)).toMatch(/^Duplicate order: .*#\d+/);

    const idempotent = { headers: { "idempotency-key": `api-${randomUUID()}` } };
    const second = (await apiV2(fields, idempotent)).json as { order: number };
    const replay = (await apiV2(fields, idempotent)).json as { order: number };
    expect(second.order).not.toBe(first.order);
    expect(replay).toEqual(second);
    expect(errorOf((await apiV2({ ...fields, quantity: 200 }, idempotent)).json)).toMatch(/Idempotency-Key was already used/);
    expect(await db.order.count({ where: { userId: user.id } })).toBe(2);
  });

  it("32 concurrent adds on one key charge exactly: every success is one charge, the rest say not enough funds, ledger = balance", async () => {
    const service = slow.service("2");
    const charge = money(service.rate).times(1000).div(1000).toDecimalPlaces(4);
    const { user, key } = await resellerWithKey({ balance: charge.times(20).plus("0.0001").toFixed(4) });
    const answers = await Promise.all(
      Array.from({ length: 32 }, () => apiV2({ key, action: "add", service: service.id, link: link(), quantity: 1000 })),
    );
    const orders = answers.filter(({ json }) => typeof (json as { order?: number }).order === "number");
    expect(orders).toHaveLength(20);
    expect(answers.filter(({ json }) => errorOf(json) === "Not enough funds on balance")).toHaveLength(12);
    expect((await balanceOf(user.id)).toFixed(4)).toBe("0.0001");
    expect(await db.ledgerEntry.count({ where: { userId: user.id, kind: "ORDER_CHARGE" } })).toBe(20);
    const ledger = await checkLedger();
    expect(ledger.mismatches).toEqual([]);
    expect(ledger.belowLimit).toEqual([]);
  });
});

describe("status", () => {
  it("answers one order with the protocol's words and numbers as strings, in the customer's currency", async () => {
    const { key } = await resellerWithKey();
    const order = await placed(key, slow);
    const charge = money((await db.order.findUniqueOrThrow({ where: { id: order } })).charge).toFixed(4);
    expect((await apiV2({ key, action: "status", order })).json).toEqual({
      charge,
      start_count: "0",
      status: "Pending",
      remains: "1000",
      currency: "BDT",
    });
    expect(await forwardOrder(order)).toBe("forwarded");
    expect((await apiV2({ key, action: "status", order })).json).toMatchObject({ status: "Processing" });
    await syncOrderStatuses({ orderIds: [order] });
    // The provider's own "Pending" means it accepted the order: still "Processing" here, with its start count.
    expect((await apiV2({ key, action: "status", order })).json).toMatchObject({
      status: "Processing",
      charge,
      start_count: expect.stringMatching(/^\d+$/),
    });
  });

  it("answers up to 100 ids keyed as sent; another customer's id and unknown ids are 'Incorrect order ID'", async () => {
    const mine = await resellerWithKey();
    const theirs = await resellerWithKey();
    const own = await placed(mine.key, slow);
    const foreign = await placed(theirs.key, slow);
    const { json } = await apiV2({ key: mine.key, action: "status", orders: `${own}, ${foreign},999999999,abc` });
    expect(json).toEqual({
      [own]: expect.objectContaining({ status: "Pending", currency: "BDT" }),
      [foreign]: { error: "Incorrect order ID" },
      "999999999": { error: "Incorrect order ID" },
      abc: { error: "Incorrect order ID" },
    });
    expect((await apiV2({ key: mine.key, action: "status", order: foreign })).json).toEqual({ error: "Incorrect order ID" });
    expect((await apiV2({ key: mine.key, action: "status" })).json).toEqual({ error: "Incorrect order ID" });
    const tooMany = Array.from({ length: 101 }, (_, index) => String(index + 1)).join(",");
    expect((await apiV2({ key: mine.key, action: "status", orders: tooMany })).json).toEqual({
      error: "Too many ids: at most 100 per request",
    });
  });

  it("shows a finished order's net charge: a canceled order costs 0", async () => {
    const { key } = await resellerWithKey();
    const order = await placed(key, slow);
    await db.$transaction(async (tx) =>
      (await import("@/lib/orders/move-order")).moveOrder(tx, order, { to: "CANCELED", kind: "admin_cancel", message: "test" }),
    );
    expect((await apiV2({ key, action: "status", order })).json).toMatchObject({ status: "Canceled", charge: "0.0000" });
  });
});

describe("refill and refill_status", () => {
  it("asks a refill for a completed order and follows it; refuses ineligible and foreign orders per item", async () => {
    const { key } = await resellerWithKey();
    const other = await resellerWithKey();
    const done = await placed(key, fast, "1");
    const running = await placed(key, slow, "1");
    const foreign = await placed(other.key, fast, "1");
    for (const id of [done, running, foreign]) expect(await forwardOrder(id)).toBe("forwarded");
    await pause(300);
    await syncOrderStatuses({ orderIds: [done, foreign] });

    const single = (await apiV2({ key, action: "refill", order: done })).json as { refill: string };
    expect(single.refill).toEqual(expect.any(String));
    expect((await apiV2({ key, action: "refill_status", refill: single.refill })).json).toEqual({ status: "Pending" });
    expect(errorOf((await apiV2({ key, action: "refill", order: done })).json)).toBe("Order already has an open refill request");
    expect(errorOf((await apiV2({ key, action: "refill", order: running })).json)).toMatch(/^Order not eligible for refill/);
    expect(errorOf((await apiV2({ key, action: "refill", order: foreign })).json)).toBe("Incorrect order ID");

    const many = (await apiV2({ key, action: "refill", orders: `${running},${foreign},x` })).json;
    expect(many).toEqual([
      { order: running, refill: { error: expect.stringMatching(/^Order not eligible for refill/) } },
      { order: foreign, refill: { error: "Incorrect order ID" } },
      { order: "x", refill: { error: "Incorrect order ID" } },
    ]);

    const theirRefill = (await apiV2({ key: other.key, action: "refill", order: foreign })).json as { refill: string };
    expect((await apiV2({ key, action: "refill_status", refills: `${single.refill},${theirRefill.refill},nope` })).json).toEqual([
      { refill: single.refill, status: "Pending" },
      { refill: theirRefill.refill, status: { error: "Refill not found" } },
      { refill: "nope", status: { error: "Refill not found" } },
    ]);
    expect((await apiV2({ key, action: "refill_status", refill: theirRefill.refill })).json).toEqual({ error: "Refill not found" });
  });
});

describe("cancel", () => {
  it("asks a cancel per order: 1 for a running cancelable order, errors for the rest", async () => {
    const { key } = await resellerWithKey();
    const other = await resellerWithKey();
    const cancelable = await placed(key, slow, "1");
    const noCancel = await placed(key, slow, "2");
    const foreign = await placed(other.key, slow, "1");
    for (const id of [cancelable, noCancel]) expect(await forwardOrder(id)).toBe("forwarded");
    const { json } = await apiV2({ key, action: "cancel", orders: `${cancelable},${noCancel},${foreign}` });
    expect(json).toEqual([
      { order: cancelable, cancel: 1 },
      { order: noCancel, cancel: { error: expect.stringMatching(/^Order cannot be canceled/) } },
      { order: foreign, cancel: { error: "Incorrect order ID" } },
    ]);
    expect((await apiV2({ key, action: "cancel", orders: String(cancelable) })).json).toEqual([
      { order: cancelable, cancel: { error: "Order already has an open cancel request" } },
    ]);
    expect((await apiV2({ key, action: "cancel" })).json).toEqual({ error: "Incorrect order ID" });
  });
});
