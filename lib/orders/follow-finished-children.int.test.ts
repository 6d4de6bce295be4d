// A canceled drip-feed's started run keeps going at the provider after the order settled: the cron keeps
// asking about such children (for a few days), so the order page does not show the run in progress for ever.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { providerClientFor } from "@/lib/providers/provider-client";
import { createUser } from "@/tests/factories";
import { scriptedProvider } from "@/tests/scripted-fixtures";
import { dripFeed, ledgerAndBalance } from "@/tests/tracked-order-fixtures";
import { FOLLOW_FINISHED_DAYS, followFinishedChildren } from "./sync-finished-children";
import { syncOrderStatuses } from "./sync-order-statuses";

let fixture: Awaited<ReturnType<typeof scriptedProvider>>;
let seq = 0;
const id = (prefix: string) => `${prefix}-${Date.now()}-${++seq}`;

beforeAll(async () => {
  fixture = await scriptedProvider((await createUser({ role: "ADMIN" })).id);
});
afterAll(async () => fixture.upstream.close());

const childrenOf = (orderId: number) =>
  db.orderChild.findMany({
    where: { orderId },
    orderBy: { providerOrderId: "asc" },
    select: { providerOrderId: true, status: true, remains: true },
  });

/** A 5-run drip-feed canceled after 2 runs while run 2 was still delivering. */
async function canceledWithRunningChild() {
  const parent = id("follow");
  const placed = await dripFeed(fixture, parent, 5, 100, "50.0000");
  fixture.upstream.script.byId[parent] = { status: "In progress", runs: "2", orders: [`${parent}-1`, `${parent}-2`] };
  fixture.upstream.script.byId[`${parent}-1`] = { status: "Completed", quantity: "100", remains: "0" };
  fixture.upstream.script.byId[`${parent}-2`] = { status: "In progress", quantity: "100", remains: "60" };
  await syncOrderStatuses({ orderIds: [placed.orderId] });
  await syncOrderStatuses({ orderIds: [placed.orderId] });
  fixture.upstream.script.byId[parent] = { status: "Canceled", runs: "2", orders: [`${parent}-1`, `${parent}-2`] };
  await syncOrderStatuses({ orderIds: [placed.orderId] });
  return { ...placed, parent };
}

describe("children of finished drip-feeds", () => {
  it("are asked until final by the cron's pass, and no money moves", async () => {
    const { orderId, userId, parent } = await canceledWithRunningChild();
    expect(await db.order.findUniqueOrThrow({ where: { id: orderId }, select: { status: true } })).toEqual({ status: "PARTIAL" });
    expect(await childrenOf(orderId)).toEqual([
      { providerOrderId: `${parent}-1`, status: "COMPLETED", remains: 0 },
      { providerOrderId: `${parent}-2`, status: "IN_PROGRESS", remains: 60 },
    ]);
    const refunded = await db.ledgerEntry.findMany({
      where: { referenceId: String(orderId), kind: "ORDER_REFUND" },
      select: { amount: true },
    });

    fixture.upstream.script.byId[`${parent}-2`] = { status: "Completed", quantity: "100", remains: "0" };
    const followed = await followFinishedChildren(providerClientFor);
    expect(followed.calls).toBeGreaterThan(0);
    expect((await childrenOf(orderId))[1]).toEqual({ providerOrderId: `${parent}-2`, status: "COMPLETED", remains: 0 });

    // Nothing open is left for this order: the next pass does not ask about it.
    const before = fixture.upstream.statusCalls().length;
    await followFinishedChildren(providerClientFor);
    expect(fixture.upstream.statusCalls().slice(before).flat()).not.toContain(`${parent}-2`);
    expect(
      await db.ledgerEntry.findMany({ where: { referenceId: String(orderId), kind: "ORDER_REFUND" }, select: { amount: true } }),
    ).toEqual(refunded);
    const books = await ledgerAndBalance(userId);
    expect(books.ledger).toBe(books.balance);
  });

  it("are no longer followed some days after the order finished", async () => {
    const { orderId, parent } = await canceledWithRunningChild();
    const old = new Date(Date.now() - (FOLLOW_FINISHED_DAYS * 24 + 1) * 60 * 60 * 1000);
    await db.order.update({ where: { id: orderId }, data: { finishedAt: old } });
    const before = fixture.upstream.statusCalls().length;
    await followFinishedChildren(providerClientFor);
    expect(fixture.upstream.statusCalls().slice(before).flat()).not.toContain(`${parent}-2`);
    expect((await childrenOf(orderId))[1]?.status).toBe("IN_PROGRESS");
  });
});
