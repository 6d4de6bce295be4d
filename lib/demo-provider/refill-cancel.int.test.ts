import { beforeEach, describe, expect, it } from "vitest";
import type { WireOrderStatus } from "./order-status";
import { accountBalance, demoCall, resetDemoProvider, TestClock, uniqueLink } from "./test-support";

const DURATION = "durationMs=10000";

async function place(clock: TestClock, query: string, fields: Record<string, string> = { service: "1", quantity: "1000" }) {
  const answer = await demoCall<{ order: number }>({ action: "add", link: uniqueLink(), ...fields }, { query, clock });
  expect(answer.order).toBeTypeOf("number");
  return answer.order;
}

const status = (order: number, clock: TestClock) => demoCall<WireOrderStatus>({ action: "status", order: String(order) }, { clock });
const cancel = (orders: string, clock: TestClock) => demoCall<unknown>({ action: "cancel", orders }, { clock });

describe("demo provider: refill", () => {
  beforeEach(() => resetDemoProvider("1000"));

  it("accepts a refill for a finished order of a refill service, and its status moves to Completed", async () => {
    const clock = new TestClock();
    const order = await place(clock, `${DURATION}&outcome=completed`);
    expect(await demoCall({ action: "refill", order: String(order) }, { clock })).toEqual({ error: "Order not eligible for refill." });
    clock.advance(10_000);
    const answer = await demoCall<{ refill: string }>({ action: "refill", order: String(order) }, { clock });
    expect(answer.refill).toMatch(/^\d+$/);
    const refill = answer.refill;
    expect(await demoCall({ action: "refill_status", refill }, { clock })).toEqual({ status: "Pending" });
    clock.advance(1000);
    expect(await demoCall({ action: "refill_status", refill }, { clock })).toEqual({ status: "In progress" });
    clock.advance(9000);
    expect(await demoCall({ action: "refill_status", refill }, { clock })).toEqual({ status: "Completed" });
  });

  it("refuses a refill for a service without refill, a canceled order and an unknown order", async () => {
    const clock = new TestClock();
    const noRefill = await place(clock, `${DURATION}&outcome=completed`, { service: "2", quantity: "100" });
    const canceled = await place(clock, `${DURATION}&outcome=canceled`);
    const partial = await place(clock, `${DURATION}&outcome=partial`);
    clock.advance(10_000);
    expect(await demoCall({ action: "refill", order: String(noRefill) }, { clock })).toEqual({ error: "Order not eligible for refill." });
    expect(await demoCall({ action: "refill", order: String(canceled) }, { clock })).toEqual({ error: "Order not eligible for refill." });
    expect(await demoCall({ action: "refill", order: "999999999" }, { clock })).toEqual({ error: "Incorrect order ID" });
    expect(await demoCall<{ refill: string }>({ action: "refill", order: String(partial) }, { clock })).toMatchObject({
      refill: expect.stringMatching(/^\d+$/),
    });
  });

  it("answers refill and refill_status for lists, with errors in the slots", async () => {
    const clock = new TestClock();
    const good = await place(clock, `${DURATION}&outcome=completed`);
    const bad = await place(clock, `${DURATION}&outcome=completed`, { service: "2", quantity: "100" });
    clock.advance(10_000);
    const refills = await demoCall<{ order: number; refill: number | { error: string } }[]>(
      { action: "refill", orders: `${good},${bad},999999999` },
      { clock },
    );
    expect(refills).toEqual([
      { order: good, refill: expect.any(Number) },
      { order: bad, refill: { error: "Order not eligible for refill." } },
      { order: 999999999, refill: { error: "Incorrect order ID" } },
    ]);
    const refillId = refills[0].refill as number;
    expect(await demoCall({ action: "refill_status", refills: `${refillId},999999999` }, { clock })).toEqual([
      { refill: refillId, status: "Pending" },
      { refill: 999999999, status: { error: "Refill not found" } },
    ]);
    expect(await demoCall({ action: "refill_status", refill: "999999999" }, { clock })).toEqual({ error: "Refill not found" });
  });
});

describe("demo provider: cancel", () => {
  beforeEach(() => resetDemoProvider("1000"));

  it("cancels a running order: delivery stops, the undelivered part comes back once, status is Partial", async () => {
    const clock = new TestClock();
    const order = await place(clock, `${DURATION}&outcome=completed`);
    clock.advance(5500); // half delivered
    expect(await status(order, clock)).toMatchObject({ status: "In progress", remains: "500" });
    expect(await cancel(String(order), clock)).toEqual([{ order, cancel: 1 }]);
    expect((await accountBalance()).toFixed(7)).toBe("999.3750000");
    expect(await status(order, clock)).toMatchObject({ status: "Partial", remains: "500", charge: "0.62500" });
    clock.advance(60_000);
    expect(await status(order, clock)).toMatchObject({ status: "Partial", remains: "500", charge: "0.62500" });
    expect(await cancel(String(order), clock)).toEqual([{ order, cancel: { error: "Order cannot be canceled" } }]);
    await demoCall({ action: "balance" }, { clock });
    expect((await accountBalance()).toFixed(7)).toBe("999.3750000");
  });

  it("cancels a pending order as Canceled with charge 0 and the whole charge back", async () => {
    const clock = new TestClock();
    const order = await place(clock, `${DURATION}&outcome=partial`);
    clock.advance(500);
    expect(await cancel(String(order), clock)).toEqual([{ order, cancel: 1 }]);
    expect(await status(order, clock)).toMatchObject({ status: "Canceled", remains: "1000", charge: "0.00000" });
    clock.advance(10_000);
    expect(await status(order, clock)).toMatchObject({ status: "Canceled", remains: "1000" });
    await demoCall({ action: "balance" }, { clock });
    expect((await accountBalance()).toFixed(7)).toBe("1000.0000000");
  });

  it("accepts one of several concurrent cancels of the same order and refunds once", async () => {
    const clock = new TestClock();
    const order = await place(clock, `${DURATION}&outcome=completed`);
    clock.advance(3250); // 250 of 1000 delivered
    const answers = await Promise.all(Array.from({ length: 5 }, () => cancel(String(order), clock)));
    const accepted = answers.filter((answer) => JSON.stringify(answer) === JSON.stringify([{ order, cancel: 1 }]));
    expect(accepted).toHaveLength(1);
    expect((await accountBalance()).toFixed(7)).toBe("999.6875000"); // 1000 − 1.25 + 0.9375
  });

  it("refuses a cancel for a service without cancel, a finished order and an unknown id, in one list", async () => {
    const clock = new TestClock();
    const noCancel = await place(clock, `${DURATION}&outcome=completed`, { service: "2", quantity: "100" });
    const finished = await place(clock, "durationMs=1000&outcome=completed");
    const running = await place(clock, `${DURATION}&outcome=completed`, { service: "24", username: "subscriber_1", min: "50", max: "100" });
    clock.advance(2000);
    expect(await cancel(`${noCancel},${finished},999999999,${running}`, clock)).toEqual([
      { order: noCancel, cancel: { error: "Order cannot be canceled" } },
      { order: finished, cancel: { error: "Order cannot be canceled" } },
      { order: 999999999, cancel: { error: "Incorrect order ID" } },
      { order: running, cancel: 1 },
    ]);
    expect((await status(running, clock)).status).toBe("Canceled");
    const tooMany = Array.from({ length: 101 }, (_, index) => index + 1).join(",");
    expect(Object.keys((await cancel(tooMany, clock)) as object)).toEqual(["error"]);
  });
});
