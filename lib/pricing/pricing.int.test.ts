import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as createOrdersRoute } from "@/app/api/user/create-orders/route";
import { db } from "@/lib/db";
import { resetDemoProvider } from "@/lib/demo-provider/test-support";
import { money } from "@/lib/money/money";
import { createMassOrders } from "@/lib/orders/create-mass-orders";
import { createOrder } from "@/lib/orders/create-order";
import { checkLedger } from "@/lib/wallet/check-ledger";
import { apiV2, resellerWithKey } from "@/tests/api-v2";
import { startDemoProviderServer } from "@/tests/demo-provider-server";
import { createUser, sessionCookie } from "@/tests/factories";
import { providerWithServices } from "@/tests/order-fixtures";
import { assignPriceGroup } from "./assign-price-group";
import { listCustomerServices } from "./customer-catalog";
import { removeCustomerPrice } from "./remove-customer-price";
import { saveCustomerPrice } from "./save-customer-price";
import { savePriceGroup } from "./save-price-group";

let demo: Awaited<ReturnType<typeof startDemoProviderServer>>;
let admin: Awaited<ReturnType<typeof createUser>>;
let fixture: Awaited<ReturnType<typeof providerWithServices>>;
let groupId: string;

beforeAll(async () => {
  demo = await startDemoProviderServer();
  await resetDemoProvider("100000");
  admin = await createUser({ role: "ADMIN" });
  fixture = await providerWithServices(admin.id, demo.url());
  // The demo services are imported at cost (0 % markup): list them higher, so the layers below are prices
  // a panel would set (other test files' services stay at cost: the layers confirm below-cost saves).
  await db.service.updateMany({ where: { providerId: fixture.provider.id }, data: { rate: "200.0000" } });
  groupId = (await savePriceGroup({ name: `Resellers ${randomUUID().slice(0, 6)}`, percent: "-10", confirmBelowCost: true }, actor())).id;
});
afterAll(async () => demo.close());

const actor = () => ({ id: admin.id });
const link = () => `https://instagram.com/p/${randomUUID().slice(0, 10)}`;
const chargeOf = async (orderId: number) =>
  await db.order.findUniqueOrThrow({ where: { id: orderId }, select: { charge: true, rate: true } });
const serviceOne = () => fixture.service("1");

/** A customer in the −10 % group with a −20 % price on everything and a fixed ৳150 for service 1 (layers added by `layers`). */
async function customerWith(layers: ("group" | "all" | "service")[], balance = "10000") {
  const user = await createUser({ balance });
  if (layers.includes("group")) await assignPriceGroup(user.id, groupId, actor());
  if (layers.includes("all")) await saveCustomerPrice({ userId: user.id, scope: "ALL", percent: "-20", confirmBelowCost: true }, actor());
  if (layers.includes("service"))
    await saveCustomerPrice(
      { userId: user.id, scope: "SERVICE", serviceId: serviceOne().id, rate: "150", confirmBelowCost: true },
      actor(),
    );
  return user;
}

// 1,000 units of service 1 (list ৳200 per 1,000) at each layer: list, group −10 %, own −20 %, own fixed ৳150.
const CASES = [
  { layers: [] as ("group" | "all" | "service")[], rate: "200.0000" },
  { layers: ["group"] as ("group" | "all" | "service")[], rate: "180.0000" },
  { layers: ["group", "all"] as ("group" | "all" | "service")[], rate: "160.0000" },
  { layers: ["group", "all", "service"] as ("group" | "all" | "service")[], rate: "150.0000" },
];

describe("a customer's price: own service rate > own percentage > price group > list price", () => {
  it.each(CASES)("on the web ($rate)", async ({ layers, rate }) => {
    const user = await customerWith(layers);
    const res = await createOrdersRoute(
      new Request("http://localhost:3999/api/user/create-orders", {
        method: "POST",
        headers: { "content-type": "application/json", cookie: await sessionCookie(user) },
        body: JSON.stringify({ categoryId: "any", serviceId: serviceOne().id, link: link(), qty: 1000 }),
      }),
    );
    expect(res.status).toBe(201);
    expect((await res.json()).data.totalCost).toBe(rate);
    const order = await db.order.findFirstOrThrow({ where: { userId: user.id }, select: { rate: true, charge: true } });
    expect([order.rate.toFixed(4), order.charge.toFixed(4)]).toEqual([rate, rate]);
  });

  it.each(CASES)("in a mass order ($rate)", async ({ layers, rate }) => {
    const user = await customerWith(layers);
    const report = await createMassOrders(user.id, `${serviceOne().id} | ${link()} | 1000\n${serviceOne().id} | ${link()} | 500`);
    expect(report.results.map((line) => (line.ok ? line.charge : line.error.code))).toEqual([rate, money(rate).div(2).toFixed(4)]);
  });

  it.each(CASES)("through API v2 add and services ($rate)", async ({ layers, rate }) => {
    const { user, key } = await resellerWithKey();
    const real = await customerWith(layers);
    // The reseller's key belongs to `user`: give it the same layers by moving the prices across.
    await db.customerPrice.updateMany({ where: { userId: real.id }, data: { userId: user.id } });
    await db.user.update({ where: { id: user.id }, data: { priceGroupId: layers.includes("group") ? groupId : null } });
    const services = (await apiV2({ key, action: "services" })).json as { service: number; rate: string }[];
    expect(services.find((service) => service.service === serviceOne().id)?.rate).toBe(rate);
    const added = await apiV2({ key, action: "add", service: serviceOne().id, link: link(), quantity: 1000 });
    expect(added.status).toBe(200);
    const order = await chargeOf((added.json as { order: number }).order);
    expect(order.charge.toFixed(4)).toBe(rate);
  });

  it("shows the customer's price and the list price it departs from; a category percentage beats everything", async () => {
    const user = await customerWith(["group", "all"]);
    const categoryId = (await db.service.findUniqueOrThrow({ where: { id: serviceOne().id }, select: { categoryId: true } })).categoryId;
    await saveCustomerPrice({ userId: user.id, scope: "CATEGORY", categoryId, percent: "-25", confirmBelowCost: true }, actor());
    const services = (await listCustomerServices(user.id)).flatMap((category) => category.services);
    expect(services.find((service) => service.id === serviceOne().id)).toMatchObject({ rate: "150.0000", listRate: "200.0000" });
    const plain = (await listCustomerServices((await createUser()).id)).flatMap((category) => category.services);
    expect(plain.find((service) => service.id === serviceOne().id)).toMatchObject({ rate: "200.0000", listRate: null });
  });
});

describe("charging at a customer's price", () => {
  it("charges 50 concurrent orders at a custom rate exactly: ledger = balance", async () => {
    const user = await customerWith(["group", "all", "service"], "");
    const each = money("150").times(serviceOne().min).div(1000);
    await db.$transaction(async (tx) => {
      const { postLedgerEntry } = await import("@/lib/wallet/post-ledger-entry");
      await postLedgerEntry(tx, {
        userId: user.id,
        kind: "ADJUSTMENT_CREDIT",
        amount: each.times(30),
        referenceType: "test",
        referenceId: randomUUID(),
      });
    });
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, () =>
        createOrder(user.id, { serviceId: serviceOne().id, link: link(), quantity: serviceOne().min }, { source: "api" }),
      ),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(30);
    const orders = await db.order.findMany({ where: { userId: user.id }, select: { charge: true, rate: true } });
    expect(orders.every((order) => order.rate.toFixed(4) === "150.0000" && order.charge.eq(each.toFixed(4)))).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { balance: true } })).balance.toFixed(4)).toBe("0.0000");
    expect((await checkLedger()).mismatches).toEqual([]);
  });

  it("keeps the price an order was placed at when the customer's price changes later", async () => {
    const user = await customerWith(["group"]);
    const placed = await createOrder(user.id, { serviceId: serviceOne().id, link: link(), quantity: 1000 }, { source: "web" });
    await saveCustomerPrice({ userId: user.id, scope: "ALL", percent: "-30", confirmBelowCost: true }, actor());
    expect((await chargeOf(placed.orderId)).charge.toFixed(4)).toBe("180.0000");
    const next = await createOrder(user.id, { serviceId: serviceOne().id, link: link(), quantity: 1000 }, { source: "web" });
    expect((await chargeOf(next.orderId)).charge.toFixed(4)).toBe("140.0000");
  });
});

describe("saving prices", () => {
  it("refuses a price below the provider's cost until the admin confirms, and audits what was saved", async () => {
    const user = await createUser();
    const cost = await db.service.findUniqueOrThrow({ where: { id: serviceOne().id }, select: { providerRate: true } });
    const below = money(cost.providerRate!).times(122).div(2).toDecimalPlaces(2).toFixed(2); // well under cost at ৳122/USD
    const input = { userId: user.id, scope: "SERVICE" as const, serviceId: serviceOne().id, rate: below };
    await expect(saveCustomerPrice(input, actor())).rejects.toMatchObject({ code: "below_cost", status: 409, details: { count: 1 } });
    expect(await db.customerPrice.count({ where: { userId: user.id } })).toBe(0);
    await saveCustomerPrice({ ...input, confirmBelowCost: true }, actor());
    expect(await db.customerPrice.count({ where: { userId: user.id } })).toBe(1);
    const audit = await db.auditLog.findFirstOrThrow({ where: { objectId: user.id, action: "user.price" } });
    expect(audit.after).toMatchObject({ scope: "SERVICE", rate: money(below).toFixed(4), belowCost: true });
    await expect(savePriceGroup({ name: `Deep ${randomUUID().slice(0, 6)}`, percent: "-99" }, actor())).rejects.toMatchObject({
      code: "below_cost",
    });
  });

  it("names the field of bad input and writes nothing", async () => {
    const user = await createUser();
    await expect(saveCustomerPrice({ userId: user.id, scope: "ALL", percent: "-100" }, actor())).rejects.toMatchObject({
      status: 422,
      details: { fields: { percent: expect.any(Array) } },
    });
    await expect(
      saveCustomerPrice({ userId: user.id, scope: "CATEGORY", categoryId: "nope", percent: "5" }, actor()),
    ).rejects.toMatchObject({
      status: 422,
      details: { fields: { categoryId: expect.any(Array) } },
    });
    await expect(savePriceGroup({ name: "x", percent: "abc" }, actor())).rejects.toMatchObject({ status: 422 });
    expect(await db.customerPrice.count({ where: { userId: user.id } })).toBe(0);
  });

  it("replaces a price on the same target, and removes only the customer's own", async () => {
    const user = await createUser();
    const other = await createUser();
    await saveCustomerPrice({ userId: user.id, scope: "ALL", percent: "-5", confirmBelowCost: true }, actor());
    const { id } = await saveCustomerPrice({ userId: user.id, scope: "ALL", percent: "-7", confirmBelowCost: true }, actor());
    expect(await db.customerPrice.findMany({ where: { userId: user.id }, select: { percent: true } })).toEqual([
      { percent: expect.anything() },
    ]);
    await expect(removeCustomerPrice(other.id, id, actor())).rejects.toMatchObject({ status: 404 });
    await removeCustomerPrice(user.id, id, actor());
    expect(await db.customerPrice.count({ where: { userId: user.id } })).toBe(0);
  });
});
