import { randomUUID } from "node:crypto";
import { InngestTestEngine } from "@inngest/test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toInngestFunction } from "@/inngest/client";
import { orderForwardJob, orderForwardSweepJob } from "@/inngest/functions/order-forward";
import { orderStatusSyncJob } from "@/inngest/functions/order-status-sync";
import { db } from "@/lib/db";
import { resetDemoProvider, setDemoBalance } from "@/lib/demo-provider/test-support";
import { money } from "@/lib/money/money";
import { getSetting } from "@/lib/settings/settings";
import { startDemoProviderServer } from "@/tests/demo-provider-server";
import { createUser } from "@/tests/factories";
import { fastProviderTimeout, providerWithServices } from "@/tests/order-fixtures";
import { createOrder } from "./create-order";
import { forwardOrder } from "./forward-order";
import { syncOrderStatuses } from "./sync-order-statuses";

let demo: Awaited<ReturnType<typeof startDemoProviderServer>>;
let admin: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  demo = await startDemoProviderServer();
  await resetDemoProvider("100000");
  admin = await createUser({ role: "ADMIN" });
  await fastProviderTimeout(admin.id, 1);
});
afterAll(async () => demo.close());

const link = () => `https://instagram.com/p/${randomUUID().slice(0, 10)}`;
const demoOrders = () => db.demoProviderOrder.count();
const order = (id: number) => db.order.findUniqueOrThrow({ where: { id } });

async function placed(query = "", balance = "1000") {
  const fixture = await providerWithServices(admin.id, demo.url(query));
  const customer = await createUser({ balance });
  const service = fixture.service("2");
  const created = await createOrder(customer.id, { serviceId: service.id, link: link(), quantity: 1000 }, { source: "web" });
  return { ...created, customer, fixture, service };
}

describe("forwarding", () => {
  it("sends an order once and records the provider's order id", async () => {
    const { orderId } = await placed();
    const before = await demoOrders();
    expect(await forwardOrder(orderId)).toBe("forwarded");
    expect(await forwardOrder(orderId)).toBe("skipped");
    expect(await demoOrders()).toBe(before + 1);
    const sent = await order(orderId);
    expect(sent).toMatchObject({ status: "PROCESSING", providerOrderId: expect.any(String) });
    // What the provider will bill, kept from the moment it took the order, in its currency and in BDT at the rate of then.
    const service = await db.service.findUniqueOrThrow({ where: { id: sent.serviceId } });
    const estimate = money(sent.charge).times(service.providerRate!).div(sent.rate).toDecimalPlaces(7);
    expect(money(sent.providerCharge!).toFixed(7)).toBe(estimate.toFixed(7));
    expect(sent.providerCurrency).toBe("USD");
    expect(money(sent.providerRateBdt!).toFixed(2)).toBe(money(await getSetting("exchange.bdtPerUsd")).toFixed(2));
    expect(money(sent.providerChargeBdt!).toFixed(4)).toBe(estimate.times(sent.providerRateBdt!).toDecimalPlaces(4).toFixed(4));
  });

  it("never sends twice when the answer is lost: the order becomes uncertain and waits for an admin", async () => {
    const { orderId } = await placed("fault=timeout_after_accept&hangMs=3000");
    const before = await demoOrders();
    expect(await forwardOrder(orderId)).toBe("uncertain");
    expect(await order(orderId)).toMatchObject({ status: "UNCERTAIN", providerOrderId: null });
    expect(await forwardOrder(orderId)).toBe("skipped");
    const sweep = await new InngestTestEngine({ function: toInngestFunction(orderForwardSweepJob) }).execute();
    expect(sweep.error).toBeUndefined();
    expect(await demoOrders()).toBe(before + 1); // the provider got it exactly once
    expect((await order(orderId)).status).toBe("UNCERTAIN");
  });

  it("fails a refused order with a full refund, exactly once", async () => {
    const first = await placed();
    const again = await createOrder(
      first.customer.id,
      { serviceId: first.service.id, link: (await order(first.orderId)).link, quantity: 1000, confirmDuplicate: true },
      { source: "web" },
    );
    expect(await forwardOrder(first.orderId)).toBe("forwarded");
    expect(await forwardOrder(again.orderId)).toBe("failed"); // "You have active order with this link"
    const failed = await order(again.orderId);
    expect(failed).toMatchObject({ status: "FORWARD_FAILED" });
    expect(money(failed.refunded).eq(money(failed.charge))).toBe(true);
    expect(
      await db.ledgerEntry.count({ where: { referenceType: "order", referenceId: String(again.orderId), kind: "ORDER_REFUND" } }),
    ).toBe(1);
  });

  it("keeps an order waiting (not failed) while the provider is out of funds, and tells admins", async () => {
    const { orderId } = await placed("fault=out_of_funds");
    const mails = await db.mailMessage.count();
    const notices = await db.notification.count({ where: { kind: "provider.problem" } });
    expect(await forwardOrder(orderId)).toBe("waiting_funds");
    expect(await order(orderId)).toMatchObject({ status: "PENDING", forwardClaimedAt: null });
    expect(await db.mailMessage.count()).toBeGreaterThan(mails);
    // In the admins' bell too, linking to the provider.
    expect(await db.notification.count({ where: { kind: "provider.problem", link: { startsWith: "/admin/providers/" } } })).toBeGreaterThan(
      notices,
    );
  });
});

describe("status sync", () => {
  it("refunds a partial order once even when two syncs overlap", async () => {
    await setDemoBalance("100000");
    const { orderId } = await placed("outcome=partial&durationMs=200");
    await forwardOrder(orderId);
    await new Promise((resolve) => setTimeout(resolve, 400));
    const runs = await Promise.all([syncOrderStatuses({ orderIds: [orderId] }), syncOrderStatuses({ orderIds: [orderId] })]);
    expect(runs.reduce((sum, run) => sum + run.refunded, 0)).toBe(1);
    expect(runs.every((run) => run.providerCalls === 1)).toBe(true);
    const partial = await order(orderId);
    expect(partial.status).toBe("PARTIAL");
    expect(partial.remains).toBeGreaterThan(0);
    const expected = money(partial.charge).times(partial.remains!).div(partial.quantity).toDecimalPlaces(4, 1);
    expect(money(partial.refunded).toFixed(4)).toBe(expected.toFixed(4));
    expect(await db.ledgerEntry.count({ where: { referenceType: "order", referenceId: String(orderId), kind: "ORDER_REFUND" } })).toBe(1);
    // The provider re-billed the undelivered part: our cost follows, at the rate kept from the forward.
    const billed = money(partial.providerCharge!);
    expect(
      billed.lt(
        money(partial.charge)
          .times(partial.quantity - partial.remains!)
          .div(partial.quantity)
          .times(100),
      ),
    ).toBe(true);
    expect(money(partial.providerChargeBdt!).toFixed(4)).toBe(billed.times(partial.providerRateBdt!).toDecimalPlaces(4).toFixed(4));
    // A repeated result changes nothing.
    expect((await syncOrderStatuses({ orderIds: [orderId] })).checked).toBe(0);
  });

  it("asks about up to 100 orders per call", async () => {
    const fixture = await providerWithServices(admin.id, demo.url("durationMs=600000"));
    const customer = await createUser({ balance: "100000" });
    const ids: number[] = [];
    for (let index = 0; index < 150; index += 1) {
      const created = await createOrder(
        customer.id,
        { serviceId: fixture.service("2").id, link: link(), quantity: 1000 },
        { source: "api" },
      );
      ids.push(created.orderId);
    }
    for (const id of ids) await forwardOrder(id);
    const run = await syncOrderStatuses({ orderIds: ids });
    expect(run).toMatchObject({ checked: 150, providerCalls: 2, errors: [] });
  });
});

describe("Inngest functions", () => {
  it("order-forward forwards the order named in the event", async () => {
    const { orderId, fixture } = await placed();
    const { result } = await new InngestTestEngine({
      function: toInngestFunction(orderForwardJob),
      events: [{ name: "orders/forward.requested", data: { orderId, providerId: fixture.provider.id } }],
    }).execute();
    expect(result).toBe("forwarded");
  });

  it("order-status-sync runs a sync pass", async () => {
    const { result } = await new InngestTestEngine({ function: toInngestFunction(orderStatusSyncJob) }).execute();
    expect(result).toMatchObject({ checked: expect.any(Number), errors: expect.any(Array) });
  });
});
