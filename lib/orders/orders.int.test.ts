import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as createOrdersRoute } from "@/app/api/user/create-orders/route";
import { GET as ownOrderRoute } from "@/app/api/user/orders/[id]/route";
import { db } from "@/lib/db";
import { resetDemoProvider } from "@/lib/demo-provider/test-support";
import { money } from "@/lib/money/money";
import { checkLedger } from "@/lib/wallet/check-ledger";
import { startDemoProviderServer } from "@/tests/demo-provider-server";
import { callRoute, createUser, sessionCookie } from "@/tests/factories";
import { providerWithServices } from "@/tests/order-fixtures";
import { createOrder } from "./create-order";

let demo: Awaited<ReturnType<typeof startDemoProviderServer>>;
let admin: Awaited<ReturnType<typeof createUser>>;
let fixture: Awaited<ReturnType<typeof providerWithServices>>;

beforeAll(async () => {
  demo = await startDemoProviderServer();
  await resetDemoProvider("100000");
  admin = await createUser({ role: "ADMIN" });
  fixture = await providerWithServices(admin.id, demo.url());
});
afterAll(async () => demo.close());

const link = () => `https://instagram.com/p/${randomUUID().slice(0, 10)}`;
const balanceOf = async (userId: string) =>
  money((await db.user.findUniqueOrThrow({ where: { id: userId }, select: { balance: true } })).balance);

describe("placing orders", () => {
  it("charges rate × quantity / 1000 exactly, in one transaction with the order and its ledger entry", async () => {
    const customer = await createUser({ balance: "1000" });
    const service = fixture.service("1");
    const order = await createOrder(customer.id, { serviceId: service.id, link: link(), quantity: 1500 }, { source: "web" });
    const expected = money(service.rate).times(1500).div(1000).toDecimalPlaces(4);
    expect(order.charge).toBe(expected.toFixed(4));
    expect((await balanceOf(customer.id)).toFixed(4)).toBe(money(1000).minus(expected).toFixed(4));
    const entry = await db.ledgerEntry.findFirstOrThrow({ where: { referenceType: "order", referenceId: String(order.orderId) } });
    expect(entry).toMatchObject({ kind: "ORDER_CHARGE", userId: customer.id });
  });

  it("places 50 concurrent orders on one wallet: exact balance, never negative, ledger = balance", async () => {
    const service = fixture.service("2");
    const each = money(service.rate).times(service.min).div(1000).toDecimalPlaces(4);
    const customer = await createUser({ balance: each.times(30).toFixed(4) });
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, () =>
        createOrder(customer.id, { serviceId: service.id, link: link(), quantity: service.min }, { source: "api" }),
      ),
    );
    const placed = results.filter((result) => result.status === "fulfilled").length;
    expect(placed).toBe(30);
    for (const result of results)
      if (result.status === "rejected") expect(result.reason).toMatchObject({ code: "insufficient_funds", status: 422 });
    expect((await balanceOf(customer.id)).toFixed(4)).toBe("0.0000");
    expect(await db.order.count({ where: { userId: customer.id } })).toBe(30);
    expect((await checkLedger()).mismatches).toEqual([]);
  });

  it("refuses bad input naming the field, charging nothing", async () => {
    const customer = await createUser({ balance: "5" });
    const service = fixture.service("1");
    const cases: [Parameters<typeof createOrder>[1], RegExp][] = [
      [{ serviceId: 999999, link: link(), quantity: 100 }, /^serviceId: /],
      [{ serviceId: service.id, link: "not a link", quantity: 100 }, /^link: /],
      [{ serviceId: service.id, link: link(), quantity: service.min - 1 }, /^quantity: must be between/],
      [{ serviceId: service.id, link: link(), quantity: service.max + 1 }, /^quantity: must be between/],
      [{ serviceId: service.id, link: link(), quantity: service.max }, /^balance: not enough funds/],
    ];
    for (const [input, message] of cases)
      await expect(createOrder(customer.id, input, { source: "web" })).rejects.toMatchObject({ message: expect.stringMatching(message) });
    expect((await balanceOf(customer.id)).toFixed(2)).toBe("5.00");
    expect(await db.order.count({ where: { userId: customer.id } })).toBe(0);
  });

  it("refuses the same order within 60 s as a likely double click, unless confirmed", async () => {
    const customer = await createUser({ balance: "1000" });
    const input = { serviceId: fixture.service("2").id, link: link(), quantity: 100 };
    await createOrder(customer.id, input, { source: "web" });
    await expect(createOrder(customer.id, input, { source: "web" })).rejects.toMatchObject({ code: "duplicate_order", status: 409 });
    await expect(createOrder(customer.id, { ...input, confirmDuplicate: true }, { source: "web" })).resolves.toMatchObject({
      status: "PENDING",
    });
    const racing = await Promise.allSettled([
      createOrder(customer.id, { ...input, link: `${input.link}x` }, { source: "web" }),
      createOrder(customer.id, { ...input, link: `${input.link}x` }, { source: "web" }),
    ]);
    expect(racing.filter((result) => result.status === "fulfilled")).toHaveLength(1);
  });
});

describe("POST /api/user/create-orders", () => {
  it("answers the product's contract and replays an Idempotency-Key without charging twice", async () => {
    const customer = await createUser({ balance: "1000" });
    const cookie = await sessionCookie(customer);
    const body = { categoryId: "any", serviceId: fixture.service("1").id, link: link(), qty: 100 };
    const key = `key-${randomUUID()}`;
    const call = (payload: unknown, idempotencyKey = key) =>
      createOrdersRoute(
        new Request("http://localhost:3999/api/user/create-orders", {
          method: "POST",
          headers: { "content-type": "application/json", cookie, "idempotency-key": idempotencyKey },
          body: JSON.stringify(payload),
        }),
      );
    const first = await call(body);
    expect(first.status).toBe(201);
    const firstBody = await first.json();
    expect(firstBody).toMatchObject({ success: true, data: { ordersCreated: 1, currency: "BDT", totalCost: expect.any(String) } });
    const replay = await (await call(body)).json();
    expect(replay).toEqual(firstBody);
    expect(await db.order.count({ where: { userId: customer.id } })).toBe(1);
    const other = await call({ ...body, qty: 200 });
    expect(other.status).toBe(422);
    expect((await other.json()).error.code).toBe("idempotency_mismatch");
    await db.idempotencyKey.create({
      data: { userId: customer.id, scope: "orders.create", key: "in-flight-key-1", requestHash: "x", state: "in_flight" },
    });
    const inFlight = await call(body, "in-flight-key-1");
    expect(inFlight.status).toBe(409);
    expect(await db.order.count({ where: { userId: customer.id } })).toBe(1);
  });

  it("never shows a customer another customer's order", async () => {
    const alice = await createUser({ balance: "100" });
    const bob = await createUser();
    const order = await createOrder(alice.id, { serviceId: fixture.service("1").id, link: link(), quantity: 100 }, { source: "web" });
    const asBob = await callRoute(ownOrderRoute, {
      method: "GET",
      cookie: await sessionCookie(bob),
      params: { id: String(order.orderId) },
    });
    expect(asBob.status).toBe(404);
    const asAlice = await callRoute(ownOrderRoute, {
      method: "GET",
      cookie: await sessionCookie(alice),
      params: { id: String(order.orderId) },
    });
    expect(asAlice.status).toBe(200);
  });
});
