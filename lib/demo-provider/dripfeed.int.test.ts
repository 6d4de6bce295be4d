import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { WireChildStatus, WireDripfeedStatus } from "./order-status";
import { money } from "@/lib/money/money";
import { accountBalance, demoCall, resetDemoProvider, TestClock, uniqueLink } from "./test-support";

// Service 3 (Instagram Likes | Instant, 0.045 per 1,000, drip-feed and cancel): 5 runs of 100 over
// 10 s: Pending for 1 s, then a run starts every 1.8 s (at 1.0, 2.8, 4.6, 6.4, 8.2 s), each delivered
// within its 1.8 s, the last by 10 s.
async function place(clock: TestClock, query = "durationMs=10000&outcome=completed", runs = "5") {
  const fields = { action: "add", service: "3", link: uniqueLink(), quantity: "100", runs, interval: "30" };
  const answer = await demoCall<{ order: number }>(fields, { query, clock });
  expect(answer.order).toBeTypeOf("number");
  return answer.order;
}

/** The clock `ms` after the tests' start (TestClock's default). */
const at = (ms: number) => new TestClock(Date.UTC(2026, 0, 15, 12) + ms);

const status = <T = WireDripfeedStatus>(order: number, clock: TestClock) =>
  demoCall<T>({ action: "status", order: String(order) }, { clock });

describe("demo provider: drip-feed", () => {
  beforeEach(() => resetDemoProvider("1000"));

  it("delivers run by run: each run is a child order that completes; the parent reports runs and orders", async () => {
    const clock = new TestClock();
    const order = await place(clock);
    const row = await db.demoProviderOrder.findUniqueOrThrow({ where: { id: order } });
    expect(row).toMatchObject({ quantity: 100, runs: 5, interval: 30, parentId: null });
    expect(await status(order, clock)).toEqual({
      charge: "0.02250",
      start_count: String(row.startCount),
      status: "Pending",
      remains: "500",
      currency: "USD",
      runs: "0",
      orders: [],
    });
    const seen: number[] = [];
    for (const [ms, runs] of [
      [1000, 1],
      [2799, 1],
      [2800, 2],
      [4600, 3],
      [6400, 4],
      [8200, 5],
      [9999, 5],
    ] as const) {
      const answer = await status(order, at(ms));
      expect(answer).toMatchObject({ status: "In progress", runs: String(runs) });
      expect(answer.orders).toHaveLength(runs);
      expect(answer.orders.slice(0, seen.length)).toEqual(seen);
      seen.splice(0, seen.length, ...answer.orders);
    }
    const child = await status<WireChildStatus>(seen[4], at(8200));
    expect(child).toMatchObject({ status: "Pending", remains: "100", quantity: "100", currency: "USD" });
    const final = await status(order, at(10_000));
    expect(final).toMatchObject({ status: "Completed", remains: "0", runs: "5", charge: "0.02250", orders: seen });
    for (const id of seen) {
      expect(await status<WireChildStatus>(id, at(10_000))).toMatchObject({
        status: "Completed",
        remains: "0",
        quantity: "100",
        charge: "0.00450",
      });
    }
    const children = await db.demoProviderOrder.findMany({ where: { parentId: order }, orderBy: { id: "asc" } });
    expect(children.map((child) => child.params)).toEqual([0, 1, 2, 3, 4].map((run) => ({ run })));
    expect(children.every((child) => child.link === row.link && child.serviceId === 3)).toBe(true);
    expect((await accountBalance()).toFixed(7)).toBe("999.9775000");
  });

  it("stops at 2 runs when canceled after the second started: Partial, 3 runs' worth paid back once", async () => {
    const clock = new TestClock();
    const order = await place(clock);
    clock.advance(3000);
    expect(await demoCall({ action: "cancel", orders: String(order) }, { clock })).toEqual([{ order, cancel: 1 }]);
    expect(await status(order, clock)).toMatchObject({ status: "Partial", runs: "2", remains: "300", charge: "0.00900" });
    expect((await accountBalance()).toFixed(7)).toBe("999.9910000");
    clock.advance(60_000);
    const later = await status(order, clock);
    expect(later).toMatchObject({ status: "Partial", runs: "2", remains: "300", charge: "0.00900" });
    expect(later.orders).toHaveLength(2);
    for (const id of later.orders) expect(await status<WireChildStatus>(id, clock)).toMatchObject({ status: "Completed" });
    expect(await demoCall({ action: "cancel", orders: String(later.orders[0]) }, { clock })).toEqual([
      { order: later.orders[0], cancel: { error: "Order cannot be canceled" } },
    ]);
    await demoCall({ action: "balance" }, { clock });
    expect((await accountBalance()).toFixed(7)).toBe("999.9910000");
  });

  it("cancels a pending drip-feed as Canceled with everything back, and refuses once every run started", async () => {
    const clock = new TestClock();
    const pending = await place(clock);
    const started = await place(clock);
    expect(await demoCall({ action: "cancel", orders: String(pending) }, { clock })).toEqual([{ order: pending, cancel: 1 }]);
    expect(await status(pending, clock)).toMatchObject({ status: "Canceled", runs: "0", remains: "500", charge: "0.00000", orders: [] });
    clock.advance(8200);
    expect(await demoCall({ action: "cancel", orders: String(started) }, { clock })).toEqual([
      { order: started, cancel: { error: "Order cannot be canceled" } },
    ]);
    expect((await accountBalance()).toFixed(7)).toBe("999.9775000");
  });

  it("ends Partial when its last run ends short, billed for what was delivered, refunded once", async () => {
    const clock = new TestClock();
    const order = await place(clock, "durationMs=10000&outcome=partial");
    const row = await db.demoProviderOrder.findUniqueOrThrow({ where: { id: order } });
    clock.advance(10_000);
    const final = await status(order, clock);
    expect(final).toMatchObject({ status: "Partial", runs: "5", remains: String(row.finalRemains) });
    expect(await status<WireChildStatus>(final.orders[4], clock)).toMatchObject({ status: "Partial", remains: String(row.finalRemains) });
    await Promise.all([status(order, clock), demoCall({ action: "balance" }, { clock })]);
    expect(
      money(final.charge)
        .plus(await accountBalance())
        .toFixed(7),
    ).toBe("1000.0000000");
  });

  it("creates each run once under 10 overlapping status calls, single and in lists", async () => {
    const clock = new TestClock();
    const order = await place(clock);
    clock.advance(10_000);
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        index % 2 === 0
          ? status(order, clock)
          : demoCall<Record<string, WireDripfeedStatus>>({ action: "status", orders: `${order}` }, { clock }).then(
              (all) => all[String(order)],
            ),
      ),
    );
    expect(await db.demoProviderOrder.count({ where: { parentId: order } })).toBe(5);
    for (const answer of answers) expect(answer).toMatchObject({ status: "Completed", runs: "5" });
    expect(new Set(answers.map((answer) => answer.orders.join(",")))).toHaveProperty("size", 1);
  });
});
