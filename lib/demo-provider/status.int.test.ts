import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { money } from "@/lib/money/money";
import type { WireOrderStatus } from "./order-status";
import { accountBalance, demoCall, resetDemoProvider, setDemoBalance, TestClock, uniqueLink } from "./test-support";

async function place(query: string, clock?: TestClock, fields: Record<string, string> = { service: "1", quantity: "1000" }) {
  const answer = await demoCall<{ order: number }>({ action: "add", link: uniqueLink(), ...fields }, { query, clock });
  expect(answer.order).toBeTypeOf("number");
  return answer.order;
}

const status = (order: number | string, clock?: TestClock) =>
  demoCall<WireOrderStatus & { error?: string }>({ action: "status", order: String(order) }, { clock });

describe("demo provider: status", () => {
  beforeEach(() => resetDemoProvider("1000"));

  it("moves a completed order Pending → In progress (remains falling linearly) → Completed", async () => {
    const clock = new TestClock();
    const order = await place("durationMs=10000&outcome=completed", clock);
    const row = await db.demoProviderOrder.findUniqueOrThrow({ where: { id: order } });
    expect(await status(order, clock)).toEqual({
      charge: "1.25000",
      start_count: String(row.startCount),
      status: "Pending",
      remains: "1000",
      currency: "USD",
    });
    clock.advance(999);
    expect(await status(order, clock)).toMatchObject({ status: "Pending", remains: "1000" });
    clock.advance(1);
    expect(await status(order, clock)).toMatchObject({ status: "In progress", remains: "1000", charge: "1.25000" });
    clock.advance(4500);
    expect(await status(order, clock)).toMatchObject({ status: "In progress", remains: "500" });
    clock.advance(4499);
    expect(Number((await status(order, clock)).remains)).toBeLessThan(5);
    clock.advance(1);
    expect(await status(order, clock)).toMatchObject({ status: "Completed", remains: "0", charge: "1.25000" });
    clock.advance(3_600_000);
    expect(await status(order, clock)).toMatchObject({ status: "Completed", remains: "0" });
  });

  it("ends a partial order with its final remains, a proportional charge and one refund of the rest", async () => {
    const clock = new TestClock();
    const order = await place("durationMs=10000&outcome=partial", clock);
    const row = await db.demoProviderOrder.findUniqueOrThrow({ where: { id: order } });
    expect(row.finalRemains).toBeGreaterThanOrEqual(1);
    expect(row.finalRemains).toBeLessThanOrEqual(999);
    const afterCharge = await accountBalance();
    clock.advance(10_000);
    const final = await status(order, clock);
    const billed = money("1.25")
      .times(1000 - row.finalRemains)
      .dividedBy(1000)
      .toDecimalPlaces(7, 1);
    expect(final).toMatchObject({ status: "Partial", remains: String(row.finalRemains) });
    expect(money(final.charge).toFixed(7)).toBe(billed.toFixed(7));
    expect(final.charge).toMatch(/^\d+\.\d{5,7}$/);
    const refund = money("1.25").minus(billed);
    expect((await accountBalance()).minus(afterCharge).toFixed(7)).toBe(refund.toFixed(7));
    // Asking again (one by one, in a list, and for the balance) pays nothing more.
    await Promise.all([status(order, clock), status(order, clock), demoCall({ action: "status", orders: String(order) }, { clock })]);
    await demoCall({ action: "balance" }, { clock });
    expect((await accountBalance()).minus(afterCharge).toFixed(7)).toBe(refund.toFixed(7));
  });

  it("ends a canceled order with remains = quantity, charge 0 and the whole charge back", async () => {
    const clock = new TestClock();
    const before = await accountBalance();
    const order = await place("durationMs=10000&outcome=canceled", clock);
    clock.advance(5000);
    expect(await status(order, clock)).toMatchObject({ status: "In progress", remains: "1000" });
    clock.advance(5000);
    expect(await status(order, clock)).toMatchObject({ status: "Canceled", remains: "1000", charge: "0.00000" });
    expect((await accountBalance()).toFixed(7)).toBe(before.toFixed(7));
  });

  it("pays back an order that ended short when the balance is asked, without a status call", async () => {
    const clock = new TestClock();
    const before = await accountBalance();
    await place("durationMs=1000&outcome=canceled", clock);
    expect((await accountBalance()).toFixed(7)).toBe(before.minus("1.25").toFixed(7));
    clock.advance(1000);
    expect(await demoCall({ action: "balance" }, { clock })).toEqual({ balance: before.toFixed(7), currency: "USD" });
  });

  it("finishes an order in real time with a short duration", async () => {
    const order = await place("durationMs=300&outcome=completed");
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await status(order)).toMatchObject({ status: "Completed", remains: "0" });
  });

  it("answers a list of up to 100 orders keyed by id, with an error in the slot of an unknown one", async () => {
    const clock = new TestClock();
    const a = await place("durationMs=10000&outcome=completed", clock);
    const b = await place("durationMs=10000&outcome=completed", clock, { service: "5", quantity: "100" });
    clock.advance(10_000);
    const answer = await demoCall<Record<string, unknown>>({ action: "status", orders: `${a}, ${b},999999999,abc,${a}` }, { clock });
    expect(Object.keys(answer).sort()).toEqual([String(a), String(b), "999999999", "abc"].sort());
    expect(answer[String(a)]).toMatchObject({ status: "Completed", charge: "1.25000", remains: "0", currency: "USD" });
    expect(answer[String(b)]).toMatchObject({ status: "Completed", charge: "0.00025", remains: "0" });
    expect(answer["999999999"]).toEqual({ error: "Incorrect order ID" });
    expect(answer.abc).toEqual({ error: "Incorrect order ID" });

    const hundred = Array.from({ length: 100 }, (_, index) => String(index + 1)).join(",");
    expect(Object.keys(await demoCall<object>({ action: "status", orders: hundred }))).toHaveLength(100);
    const tooMany = await demoCall<{ error?: string }>({ action: "status", orders: `${hundred},101` });
    expect(Object.keys(tooMany)).toEqual(["error"]);
  });

  it("answers Incorrect order ID for an unknown or malformed single order", async () => {
    expect(await status(2_000_000_000)).toEqual({ error: "Incorrect order ID" });
    expect(await status("x1")).toEqual({ error: "Incorrect order ID" });
    expect(await demoCall({ action: "status" })).toEqual({ error: "Incorrect order ID" });
  });

  it("reports a subscription as Active while it runs", async () => {
    const clock = new TestClock();
    const fields = { service: "24", username: `sub_${Date.now()}`, min: "50", max: "100", posts: "2" };
    const order = await place("durationMs=10000", clock, fields);
    clock.advance(5000);
    expect(await status(order, clock)).toMatchObject({ status: "Active" });
    clock.advance(5000);
    expect((await status(order, clock)).status).toBe("Completed");
  });

  it("shows the balance with 7 decimals in USD", async () => {
    await setDemoBalance("997.3345");
    expect(await demoCall({ action: "balance" })).toEqual({ balance: "997.3345000", currency: "USD" });
  });
});
