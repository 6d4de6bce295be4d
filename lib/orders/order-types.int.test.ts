// Placing subscriptions and drip-feed orders (issue 19): from the web (createOrder, as the form's action
// calls it) and /api/v2 `add`, each is priced exactly, stored with its own columns, and forwarded with the
// protocol's fields: the `add` body a scripted upstream received is read back field by field.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importServices } from "@/lib/catalog/import-services";
import { db } from "@/lib/db";
import { DEMO_TEST_KEY } from "@/lib/demo-provider/test-support";
import { setEventSender } from "@/lib/jobs/dispatch";
import { money } from "@/lib/money/money";
import { createProvider } from "@/lib/providers/save-provider";
import { panelTimeZone } from "@/lib/reports/panel-time-zone";
import { checkLedger } from "@/lib/wallet/check-ledger";
import { apiV2, resellerWithKey } from "@/tests/api-v2";
import { createUser } from "@/tests/factories";
import { startScriptedProvider } from "@/tests/scripted-provider";
import { createOrder } from "./create-order";
import { forwardOrder } from "./forward-order";
import { orderCharge } from "./refund-math";
import { expiryEnd } from "./subscription-expiry";

const SERVICES = [
  { service: "5", name: "Auto likes", type: "Subscriptions", category: "Instagram", rate: "2.5", min: "10", max: "1000" },
  { service: "6", name: "Drip likes", type: "Default", category: "Instagram", rate: "0.7", min: "10", max: "100000", dripfeed: "1" },
];

let upstream: Awaited<ReturnType<typeof startScriptedProvider>>;
let subscription: { id: number; rate: { toString(): string } };
let dripfeed: { id: number; rate: { toString(): string } };

beforeAll(async () => {
  setEventSender(async () => undefined);
  const admin = await createUser({ role: "ADMIN" });
  upstream = await startScriptedProvider({ services: SERVICES, orderId: "sub-1" });
  const provider = await createProvider(
    { name: `Types provider ${Date.now()}`, apiUrl: upstream.url, apiKey: DEMO_TEST_KEY },
    { id: admin.id },
  );
  await importServices(
    { providerId: provider.id, providerServiceIds: ["5", "6"], markupKind: "PERCENT", markupValue: "0", roundTo: null },
    { id: admin.id },
  );
  const services = await db.service.findMany({
    where: { providerId: provider.id },
    select: { id: true, rate: true, providerServiceId: true, type: true },
  });
  subscription = services.find((service) => service.providerServiceId === "5")!;
  dripfeed = services.find((service) => service.providerServiceId === "6")!;
  expect(services.find((service) => service.id === subscription.id)?.type).toBe("SUBSCRIPTIONS");
});
afterAll(async () => {
  setEventSender(async () => undefined);
  await upstream.close();
});

const order = (id: number) => db.order.findUniqueOrThrow({ where: { id } });
const exact = (rate: { toString(): string }, units: number) =>
  orderCharge({ rate: money(rate.toString()), units, perPackage: false }).toFixed(4);
let seq = 0;
const username = () => `acct_${Date.now().toString(36)}${++seq}`;

/** Forwards the order and returns the `add` the upstream received. */
async function forwarded(orderId: number) {
  upstream.script.orderId = `up-${orderId}`;
  const next = upstream.nextAdd();
  expect(await forwardOrder(orderId)).toBe("forwarded");
  const body = await next;
  expect(body.key).toBe(DEMO_TEST_KEY);
  delete body.key;
  return body;
}

describe("subscriptions", () => {
  it("from the web: charges rate × posts × max / 1000, stores its columns and forwards username, min, max, posts, old_posts, delay, expiry", async () => {
    const customer = await createUser({ balance: "10000" });
    const name = username();
    const placed = await createOrder(
      customer.id,
      { serviceId: subscription.id, username: `@${name}`, min: 100, max: 400, posts: 12, oldPosts: 2, delay: 90, expiry: "31/12/2030" },
      { source: "web" },
    );
    expect(placed.charge).toBe(exact(subscription.rate, 12 * 400));
    const stored = await order(placed.orderId);
    expect(stored).toMatchObject({
      link: name,
      quantity: 4800,
      subscriptionPosts: 12,
      subscriptionStatus: null,
      postsDone: null,
      runs: null,
      runQuantity: null,
      params: { username: name, min: 100, max: 400, posts: 12, oldPosts: 2, delay: 90, expiry: "31/12/2030" },
    });
    expect(stored.charge.toFixed(4)).toBe(placed.charge);
    expect(stored.expiresAt?.toISOString()).toBe(expiryEnd({ year: 2030, month: 12, day: 31 }, await panelTimeZone()).toISOString());
    expect(await forwarded(placed.orderId)).toEqual({
      action: "add",
      service: "5",
      username: name,
      min: "100",
      max: "400",
      posts: "12",
      old_posts: "2",
      delay: "90",
      expiry: "31/12/2030",
    });
    expect((await order(placed.orderId)).status).toBe("PROCESSING");
  });

  it("through /api/v2: listed in services, placed by add with the protocol's names, answered with the order id", async () => {
    const { user, key } = await resellerWithKey();
    const listed = (await apiV2({ key, action: "services" })).json as { service: number; type: string }[];
    expect(listed.find((service) => service.service === subscription.id)).toMatchObject({ type: "Subscriptions" });
    const name = username();
    const res = await apiV2({ key, action: "add", service: subscription.id, username: name, min: 10, max: 1000, posts: 3, delay: 0 });
    expect(res.status).toBe(200);
    const id = (res.json as { order: number }).order;
    expect(id).toEqual(expect.any(Number));
    const stored = await order(id);
    expect(stored).toMatchObject({ userId: user.id, link: name, quantity: 3000, subscriptionPosts: 3, source: "api", expiresAt: null });
    expect(stored.charge.toFixed(4)).toBe(exact(subscription.rate, 3000));
    expect(await forwarded(id)).toEqual({ action: "add", service: "5", username: name, min: "10", max: "1000", posts: "3", delay: "0" });
  });

  it("refuses bad input naming the field, and charges nothing", async () => {
    const { user, key } = await resellerWithKey({ balance: "10000" });
    const good = { key, action: "add", service: subscription.id, username: username(), min: 10, max: 100, posts: 5 };
    const cases: [Record<string, string | number>, RegExp][] = [
      [{ delay: 20 }, /^Incorrect delay$/],
      [{ expiry: "30/02/2030" }, /^Incorrect expiry$/],
      [{ expiry: "01/01/2020" }, /^expiry: must be today or a later day$/],
      [{ min: 200 }, /^min: must not be more than the maximum \(100\)$/],
      [{ max: 1001 }, /^max: must be from 10 to 1000/],
      [{ username: "bad\u0000name" }, /username must not contain NUL/],
      [{ username: "https://instagram.com/x" }, /^username: must be an account's username/],
      [{ posts: "" }, /^posts: is required/],
      [{ runs: 2, interval: 5 }, /^runs: this service has no drip-feed$/],
    ];
    for (const [change, error] of cases) {
      const res = await apiV2({ ...good, ...change });
      expect(res.status, JSON.stringify(change)).toBe(200);
      expect((res.json as { error: string }).error, JSON.stringify(change)).toMatch(error);
    }
    const web = await createOrder(user.id, { serviceId: subscription.id, username: "x", min: 10, max: 100 }, { source: "web" }).catch(
      (e) => e,
    );
    expect(web).toMatchObject({ status: 422, details: { issues: [{ field: "posts", key: "validation.order.postsRequired" }] } });
    const past = await createOrder(
      user.id,
      { serviceId: subscription.id, username: "x", min: 10, max: 100, posts: 1, expiry: "2020-01-01" },
      { source: "web" },
    ).catch((e) => e);
    expect(past).toMatchObject({ status: 422, details: { issues: [{ field: "expiry", key: "validation.order.expiryPast" }] } });
    expect(await db.order.count({ where: { userId: user.id } })).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).balance.toFixed(2)).toBe("10000.00");
  });

  it("stays out of mass orders with a clear line error", async () => {
    const { createMassOrders } = await import("./create-mass-orders");
    const customer = await createUser({ balance: "1000" });
    const report = await createMassOrders(customer.id, `${subscription.id} | https://instagram.com/p/x | 100`);
    expect(report.results[0]).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining("subscriptions are ordered one at a time") },
    });
  });
});

describe("drip-feed", () => {
  it("from the web: stores runs, interval and per-run quantity, charges the total, forwards the quantity per run", async () => {
    const customer = await createUser({ balance: "10000" });
    const link = `https://instagram.com/p/${username()}`;
    const placed = await createOrder(
      customer.id,
      { serviceId: dripfeed.id, link, quantity: 250, runs: 4, interval: 15 },
      { source: "web" },
    );
    expect(placed.charge).toBe(exact(dripfeed.rate, 1000));
    expect(await order(placed.orderId)).toMatchObject({
      link,
      quantity: 1000,
      runs: 4,
      runInterval: 15,
      runQuantity: 250,
      runsDone: null,
      params: { runs: 4, interval: 15 },
    });
    expect(await forwarded(placed.orderId)).toEqual({ action: "add", service: "6", link, quantity: "250", runs: "4", interval: "15" });
  });

  it("through /api/v2 add: runs + interval stored in their columns", async () => {
    const { key } = await resellerWithKey();
    const link = `https://instagram.com/p/${username()}`;
    const res = await apiV2({ key, action: "add", service: dripfeed.id, link, quantity: 30, runs: 5, interval: 60 });
    const id = (res.json as { order: number }).order;
    expect(await order(id)).toMatchObject({ quantity: 150, runs: 5, runInterval: 60, runQuantity: 30 });
    expect(await forwarded(id)).toMatchObject({ quantity: "30", runs: "5", interval: "60" });
    expect((await checkLedger()).mismatches).toEqual([]);
  });
});
