import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { money } from "@/lib/money/money";
import { createUser } from "@/tests/factories";
import { providerWithServices, withDemoProvider } from "@/tests/order-fixtures";
import { cancelWithRefund } from "./admin/set-order-status";
import { createOrder } from "./create-order";
import { forwardOrder } from "./forward-order";
import { moveOrder } from "./move-order";
import { ownOrderDetail } from "./own-order-detail";
import { ownOrderSummary } from "./own-order-summary";

// The customer's order page and dashboard read: owner scoping, the customer-safe history, and the
// dashboard's figures against orders placed here.
const context = withDemoProvider();
let customer: Awaited<ReturnType<typeof createUser>>;
let stranger: Awaited<ReturnType<typeof createUser>>;
const placed: { id: number; charge: string }[] = [];

const link = () => `https://instagram.com/p/${randomUUID().slice(0, 10)}`;

beforeAll(async () => {
  const fixture = await providerWithServices(context.admin.id, context.demo.url("durationMs=600000"));
  customer = await createUser({ balance: "5000" });
  stranger = await createUser({ balance: "100" });
  for (let index = 0; index < 3; index += 1) {
    const order = await createOrder(customer.id, { serviceId: fixture.service("2").id, link: link(), quantity: 1000 }, { source: "web" });
    placed.push({ id: order.orderId, charge: order.charge });
  }
  // Order 0: at the provider, started at 1,200, then partial with 300 not delivered.
  await forwardOrder(placed[0].id);
  await db.$transaction((tx) => moveOrder(tx, placed[0].id, { to: "IN_PROGRESS", kind: "status_sync", startCount: 1200, remains: 1000 }));
  await db.$transaction((tx) =>
    moveOrder(tx, placed[0].id, { to: "PARTIAL", kind: "status_sync", remains: 300, message: "Provider says Partial (raw)" }),
  );
  // Order 1: canceled by an admin, fully refunded. Order 2 stays pending.
  await cancelWithRefund(placed[1].id, { id: context.admin.id });
});

describe("ownOrderDetail", () => {
  it("shows the owner's order with its history in customer steps and its refund", async () => {
    const detail = await ownOrderDetail(customer.id, placed[0].id);
    expect(detail).not.toBeNull();
    const refund = money(placed[0].charge).times(300).div(1000).toDecimalPlaces(4, 1).toFixed(4);
    expect(detail!.order).toMatchObject({ id: placed[0].id, status: "PARTIAL", startCount: 1200, remains: 300, refunded: refund });
    expect(detail!.history.map((step) => step.step)).toEqual(["placed", "sent", "inProgress", "partial"]);
    expect(detail!.history[2]).toMatchObject({ startCount: 1200 });
    expect(detail!.history[3]).toMatchObject({ delivered: 700, quantity: 1000, refunded: refund });
    expect(detail!.refunds).toEqual([{ amount: refund, at: expect.any(Date) }]);
  });

  it("never carries the provider's order id, its name or its raw answers", async () => {
    const detail = await ownOrderDetail(customer.id, placed[0].id);
    const { providerOrderId, provider } = await db.order.findUniqueOrThrow({
      where: { id: placed[0].id },
      select: { providerOrderId: true, provider: { select: { name: true } } },
    });
    expect(providerOrderId).toBeTruthy();
    const text = JSON.stringify(detail);
    expect(text).not.toContain(`"${providerOrderId}"`);
    expect(text).not.toContain(provider!.name);
    expect(text).not.toMatch(/raw|Provider says|Sending to the provider/);
  });

  it("finds nothing for another customer's order, a missing one or a garbage id", async () => {
    expect(await ownOrderDetail(stranger.id, placed[0].id)).toBeNull();
    expect(await ownOrderDetail(stranger.id, placed[2].id)).toBeNull();
    for (const id of [0, -1, 2_147_483_648, Number.NaN, 1.5, 2_147_483_647]) expect(await ownOrderDetail(customer.id, id)).toBeNull();
  });
});

describe("ownOrderSummary", () => {
  it("counts the customer's orders by status and what this month's orders cost after refunds", async () => {
    const summary = await ownOrderSummary(customer.id);
    const count = (status: string) => summary.byStatus.find((entry) => entry.status === status)?.count;
    expect(summary.total).toBe(3);
    expect([count("PARTIAL"), count("CANCELED"), count("PENDING"), count("COMPLETED")]).toEqual([1, 1, 1, 0]);
    expect(summary.byStatus).toHaveLength(8);
    // Order 0 cost its charge less the partial refund, order 1 was refunded whole, order 2 its charge.
    const refund = money(placed[0].charge).times(300).div(1000).toDecimalPlaces(4, 1);
    expect(summary.ordersThisMonth).toBe(3);
    expect(summary.spentThisMonth).toBe(money(placed[0].charge).minus(refund).plus(placed[2].charge).toFixed(4));
  });

  it("leaves last month's orders out of this month, and sees none of another customer's", async () => {
    const nextMonth = new Date(Date.now() + 32 * 24 * 60 * 60 * 1000);
    const later = await ownOrderSummary(customer.id, nextMonth);
    expect(later).toMatchObject({ ordersThisMonth: 0, spentThisMonth: "0.0000", total: 3 });
    expect(later.monthStart.getTime()).toBeGreaterThan(Date.now());
    const other = await ownOrderSummary(stranger.id);
    expect(other).toMatchObject({ total: 0, ordersThisMonth: 0, spentThisMonth: "0.0000" });
  });
});
