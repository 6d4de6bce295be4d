// Issue 18: a referred customer's provider order, finished by the status sync with many syncs
// overlapping, credits the referrer once, on what the order earned after its partial refund.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDemoProvider } from "@/lib/demo-provider/test-support";
import { money } from "@/lib/money/money";
import { createOrder } from "@/lib/orders/create-order";
import { forwardOrder } from "@/lib/orders/forward-order";
import { syncOrderStatuses } from "@/lib/orders/sync-order-statuses";
import { checkLedger } from "@/lib/wallet/check-ledger";
import { startDemoProviderServer } from "@/tests/demo-provider-server";
import { createUser } from "@/tests/factories";
import { fastProviderTimeout, providerWithServices } from "@/tests/order-fixtures";
import { commissionFor } from "./commission-math";
import { affiliateBalance, referredPair } from "./test-support";

let demo: Awaited<ReturnType<typeof startDemoProviderServer>>;
let adminId: string;

beforeAll(async () => {
  demo = await startDemoProviderServer();
  await resetDemoProvider("100000");
  adminId = (await createUser({ role: "ADMIN" })).id;
  await fastProviderTimeout(adminId, 1);
});
afterAll(async () => demo.close());

describe("commission through the status sync", () => {
  it("is credited once under 10 overlapping syncs, on the charge less the partial refund", async () => {
    const { referrer, customer } = await referredPair({ percent: "7.5" });
    const fixture = await providerWithServices(adminId, demo.url("outcome=partial&durationMs=200"));
    const link = `https://instagram.com/p/${randomUUID().slice(0, 10)}`;
    const { orderId } = await createOrder(customer.id, { serviceId: fixture.service("2").id, link, quantity: 1000 }, { source: "web" });
    await forwardOrder(orderId);
    await new Promise((resolve) => setTimeout(resolve, 400));

    await Promise.all(Array.from({ length: 10 }, () => syncOrderStatuses({ orderIds: [orderId] })));
    const order = await db.order.findUniqueOrThrow({ where: { id: orderId } });
    expect(order.status).toBe("PARTIAL");
    const revenue = money(order.charge).minus(order.refunded);
    const expected = commissionFor(revenue, money("7.5"));
    expect(expected.gt(0)).toBe(true);

    const rows = await db.affiliateCommission.findMany({ where: { orderId } });
    expect(rows).toHaveLength(1);
    expect(rows[0].orderRevenue.toFixed(4)).toBe(revenue.toFixed(4));
    expect(rows[0].amount.toFixed(4)).toBe(expected.toFixed(4));
    expect(await affiliateBalance(referrer.id)).toBe(expected.toFixed(4));
    expect((await checkLedger()).mismatches).toEqual([]);
  });
});
