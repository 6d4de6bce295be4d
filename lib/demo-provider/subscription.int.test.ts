import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { money } from "@/lib/money/money";
import { chargeFor, formatCharge } from "./amounts";
import type { WireChildStatus, WireSubscriptionStatus } from "./order-status";
import { accountBalance, demoCall, resetDemoProvider, setDemoBalance, TestClock } from "./test-support";

// Service 24 (Instagram Auto Likes, 0.065 per 1,000, cancel) and 25 (TikTok Auto Views, 0.018, min 100).
// 3 posts over 10 s: nothing for 1 s, then a post every 3 s (at 1, 4, 7 s), each delivered in its 3 s.
const START = Date.UTC(2026, 0, 15, 12);
const at = (ms: number) => new TestClock(START + ms);
let serial = 0;

async function subscribe(fields: Record<string, string>, query = "durationMs=10000") {
  serial += 1;
  const username = `sub_${Date.now()}_${serial}`;
  const answer = await demoCall<{ order: number }>(
    { action: "add", service: "24", username, min: "50", max: "100", ...fields },
    { query, clock: at(0) },
  );
  expect(answer.order).toBeTypeOf("number");
  return answer.order;
}

const status = <T = WireSubscriptionStatus>(order: number, clock: TestClock) =>
  demoCall<T>({ action: "status", order: String(order) }, { clock });

describe("demo provider: subscriptions", () => {
  beforeEach(() => resetDemoProvider("1000"));

  it("creates a child order per new post, then Completed; pays back what the posts did not use", async () => {
    const order = await subscribe({ posts: "3", delay: "30", expiry: "31/12/2026" });
    expect((await accountBalance()).toFixed(7)).toBe("999.9805000"); // 3 × 100 × 0.065 / 1000
    expect(await status(order, at(0))).toEqual({
      status: "Active",
      posts: "0",
      orders: [],
      expiry: "31/12/2026",
      charge: "0.01950",
      currency: "USD",
    });
    for (const [ms, posts] of [
      [999, 0],
      [1000, 1],
      [4000, 2],
      [7000, 3],
      [9999, 3],
    ] as const) {
      expect(await status(order, at(ms))).toMatchObject({ status: "Active", posts: String(posts) });
    }
    const final = await status(order, at(10_000));
    expect(final).toMatchObject({ status: "Completed", posts: "3" });
    expect(final.orders).toHaveLength(3);
    let units = 0;
    for (const id of final.orders) {
      const child = await status<WireChildStatus>(id, at(10_000));
      expect(child).toMatchObject({ status: "Completed", remains: "0", currency: "USD" });
      expect(Number(child.quantity)).toBeGreaterThanOrEqual(50);
      expect(Number(child.quantity)).toBeLessThanOrEqual(100);
      expect(child.charge).toBe(formatCharge(chargeFor("0.065", Number(child.quantity))));
      units += Number(child.quantity);
    }
    const billed = chargeFor("0.065", units);
    expect(money(final.charge).toFixed(7)).toBe(billed.toFixed(7));
    await Promise.all([status(order, at(20_000)), demoCall({ action: "balance" }, { clock: at(20_000) })]);
    expect((await accountBalance()).toFixed(7)).toBe(money(1000).minus(billed).toFixed(7));
    expect(await db.demoProviderOrder.count({ where: { parentId: order } })).toBe(3);
  });

  it("ends Expired when its expiry passes before the posts are done, billed for the posts that came", async () => {
    // 48 h with 3 posts: posts at 4.8 h and 19.2 h; the expiry (15/01/2026, the clock's day) ends at 12 h.
    const order = await subscribe({ posts: "3", expiry: "15/01/2026" }, "durationMs=172800000");
    const hour = 3_600_000;
    expect(await status(order, at(12 * hour - 1))).toMatchObject({ status: "Active", posts: "1", expiry: "15/01/2026" });
    const expired = await status(order, at(12 * hour));
    expect(expired).toMatchObject({ status: "Expired", posts: "1" });
    expect(await status(order, at(48 * hour))).toMatchObject({ status: "Expired", posts: "1", orders: expired.orders });
    const child = await status<WireChildStatus>(expired.orders[0], at(48 * hour));
    const billed = chargeFor("0.065", Number(child.quantity));
    expect(money(expired.charge).toFixed(7)).toBe(billed.toFixed(7));
    expect((await accountBalance()).toFixed(7)).toBe(money(1000).minus(billed).toFixed(7));
  });

  it("refuses an expiry already over on the provider's clock", async () => {
    const answer = await demoCall(
      { action: "add", service: "24", username: "late", min: "50", max: "100", expiry: "14/01/2026" },
      { clock: at(0) },
    );
    expect(answer).toEqual({ error: "Incorrect expiry date" });
  });

  it("is Canceled on a cancel: no new posts, the unused posts paid back once", async () => {
    const order = await subscribe({ posts: "3" });
    const first = await status(order, at(1000));
    expect(await demoCall({ action: "cancel", orders: String(order) }, { clock: at(2000) })).toEqual([{ order, cancel: 1 }]);
    const canceled = await status(order, at(20_000));
    expect(canceled).toMatchObject({ status: "Canceled", posts: "1", orders: first.orders });
    const child = await status<WireChildStatus>(first.orders[0], at(20_000));
    expect(child.status).toBe("Completed");
    await demoCall({ action: "balance" }, { clock: at(20_000) });
    expect((await accountBalance()).toFixed(7)).toBe(
      money(1000)
        .minus(chargeFor("0.065", Number(child.quantity)))
        .toFixed(7),
    );
  });

  it("charges an unlimited subscription post by post, Paused while the balance cannot pay", async () => {
    const order = await subscribe({ min: "100", max: "200" }, "durationMs=10000");
    // Unlimited: a post every 1.8 s after the first second; nothing paid up front.
    expect((await accountBalance()).toFixed(7)).toBe("1000.0000000");
    const two = await status(order, at(2800));
    expect(two).toMatchObject({ status: "Active", posts: "2", expiry: null });
    const rows = await db.demoProviderOrder.findMany({ where: { parentId: order }, select: { charge: true } });
    const paid = rows.reduce((sum, row) => sum.plus(money(row.charge)), money(0));
    expect(money(two.charge).toFixed(7)).toBe(paid.toFixed(7));
    expect((await accountBalance()).toFixed(7)).toBe(money(1000).minus(paid).toFixed(7));
    await setDemoBalance("0");
    expect(await status(order, at(4600))).toMatchObject({ status: "Paused", posts: "2" });
    await setDemoBalance("1");
    expect(await status(order, at(6400))).toMatchObject({ status: "Active", posts: "4" });
  });

  it("creates each post once under 10 overlapping status calls", async () => {
    const order = await subscribe({ posts: "3" });
    const answers = await Promise.all(Array.from({ length: 10 }, () => status(order, at(10_000))));
    expect(await db.demoProviderOrder.count({ where: { parentId: order } })).toBe(3);
    for (const answer of answers) expect(answer).toMatchObject({ status: "Completed", posts: "3" });
    expect(new Set(answers.map((answer) => answer.orders.join(",")))).toHaveProperty("size", 1);
  });
});
