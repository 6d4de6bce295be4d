// The owner's figures for a hand-built month, to the paisa: orders placed across the edges of Dhaka's
// days, a partial the provider re-bills, a cancel, a failed forward, a manual service, deposits by
// method and a refunded one; then the same after compaction, after a change of time zone, and under
// concurrent changes, each checked against a recount (docs/REPORTS.md).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { moveOrder } from "@/lib/orders/move-order";
import { SETTINGS } from "@/lib/settings/definitions";
import { setSetting } from "@/lib/settings/settings";
import { createUser } from "@/tests/factories";
import { checkOrderStats } from "./check-order-stats";
import { compactOrderStats } from "./compact-order-stats";
import { resolveRange } from "./date-range";
import { getDashboard } from "./dashboard";
import { profitReport } from "./profit-report";
import { setPanelTimeZone } from "./panel-time-zone";

const MARCH = { preset: "custom" as const, from: "2025-03-01", to: "2025-03-31" };
const NOW = new Date("2025-06-01T00:00:00Z");
let admin: { id: string };
let users: Record<"a" | "b" | "c", { id: string; email: string }>;
let services: Record<"one" | "two" | "manual", number>;
let providerId: string;

/** An order as it stood when placed (PENDING), at a chosen instant (UTC). */
async function placed(user: { id: string }, serviceId: number, charge: string, createdAt: string, quantity = 100) {
  const manual = serviceId === services.manual;
  const order = await db.order.create({
    data: {
      userId: user.id,
      serviceId,
      providerId: manual ? null : providerId,
      link: "https://example.com/p",
      quantity,
      mode: manual ? "MANUAL" : "AUTO",
      rate: "1.0000",
      charge,
      chargeUsd: "0",
      source: "web",
      createdAt: new Date(createdAt),
    },
    select: { id: true },
  });
  return order.id;
}

const move = (orderId: number, to: Parameters<typeof moveOrder>[2]) => db.$transaction((tx) => moveOrder(tx, orderId, to));
const accepted = (orderId: number, providerCharge: string) =>
  move(orderId, { to: "PROCESSING", kind: "forwarded", providerOrderId: `up-${orderId}`, providerCharge, providerCurrency: "USD" });

async function payment(
  userId: string,
  method: "SSLCOMMERZ" | "SANDBOX" | "BKASH_MANUAL" | "NAGAD_MANUAL",
  amount: string,
  times: { completedAt?: string; refundedAt?: string; status: string },
) {
  await db.payment.create({
    data: {
      userId,
      method,
      status: times.status as "COMPLETED",
      tranId: `T${Math.random().toString(36).slice(2, 14)}`,
      amount,
      completedAt: times.completedAt ? new Date(times.completedAt) : null,
      refundedAt: times.refundedAt ? new Date(times.refundedAt) : null,
      createdAt: new Date(times.completedAt ?? "2025-03-15T00:00:00Z"),
    },
  });
}

beforeAll(async () => {
  admin = await createUser({ role: "ADMIN" });
  await setSetting("exchange.bdtPerUsd", "120", admin);
  const a = await createUser();
  const b = await createUser();
  const c = await createUser();
  await db.user.update({ where: { id: a.id }, data: { createdAt: new Date("2025-03-02T10:00:00Z") } });
  // 2025-02-28 19:00 UTC is 1 March 01:00 in Dhaka: a March sign-up.
  await db.user.update({ where: { id: b.id }, data: { createdAt: new Date("2025-02-28T19:00:00Z") } });
  await db.user.update({ where: { id: c.id }, data: { createdAt: new Date("2025-02-10T10:00:00Z") } });
  users = { a, b, c };
  // Disabled: the crons that walk active providers (catalogue, balances) must not meet this one.
  const provider = await db.provider.create({
    data: {
      status: "DISABLED",
      name: `Figures ${Date.now()}`,
      apiUrl: "https://provider.example/api/v2",
      apiKeyEncrypted: "sealed",
      apiKeyHint: "abcd",
      currency: "USD",
    },
  });
  providerId = provider.id;
  const socials = await db.category.create({ data: { name: `Figures socials ${Date.now()}` } });
  const by_hand = await db.category.create({ data: { name: `Figures by hand ${Date.now()}` } });
  const service = (name: string, categoryId: string, provided: boolean) =>
    db.service.create({
      data: {
        name,
        categoryId,
        providerId: provided ? providerId : null,
        providerServiceId: provided ? name : null,
        rate: "1.0000",
        min: 1,
        max: 100000,
        mode: provided ? "AUTO" : "MANUAL",
      },
      select: { id: true },
    });
  services = {
    one: (await service("Followers", socials.id, true)).id,
    two: (await service("Likes", socials.id, true)).id,
    manual: (await service("Review by hand", by_hand.id, false)).id,
  };

  // 1. Placed 2025-02-28 23:00 UTC = 1 March 05:00 in Dhaka; completed; the provider billed $0.50 (৳60 at 120).
  const first = await placed(a, services.one, "100.0000", "2025-02-28T23:00:00Z");
  await accepted(first, "0.5");
  await move(first, { to: "COMPLETED", kind: "status_sync" });
  // 2. Partial: 40 of 100 undelivered, ৳20 back; the provider first billed $0.25, then re-billed $0.15 after the
  //    rate moved to 125: the cost stays at the rate of its moment (0.15 × 120 = ৳18).
  const partial = await placed(a, services.one, "50.0000", "2025-03-10T06:00:00Z");
  await accepted(partial, "0.25");
  await setSetting("exchange.bdtPerUsd", "125", admin);
  await move(partial, { to: "PARTIAL", kind: "status_sync", remains: 40, providerCharge: "0.15", providerCurrency: "USD" });
  // 3. Canceled in full; the provider bills nothing.
  const canceled = await placed(b, services.two, "33.3333", "2025-03-12T06:00:00Z");
  await accepted(canceled, "0.2");
  await move(canceled, { to: "CANCELED", kind: "status_sync", providerCharge: "0", providerCurrency: "USD" });
  // 4. A manual service: no provider, no cost.
  const manual = await placed(b, services.manual, "75.5000", "2025-03-20T06:00:00Z");
  await move(manual, { to: "COMPLETED", kind: "admin_complete" });
  // 5. 31 March 20:00 in Dhaka (14:00 UTC): still March, still running, estimated at $0.10 — at the new rate, ৳12.50.
  const running = await placed(users.c, services.two, "10.0000", "2025-03-31T14:00:00Z");
  await accepted(running, "0.1");
  // 6. 31 March 18:30 UTC is 1 April 00:30 in Dhaka: an April order.
  await placed(users.c, services.two, "7.0000", "2025-03-31T18:30:00Z");
  // 7. Refused by the provider: refunded in full.
  const refused = await placed(users.c, services.two, "20.0000", "2025-03-25T06:00:00Z");
  await move(refused, { to: "FORWARD_FAILED", kind: "forward_rejected" });

  await payment(a.id, "BKASH_MANUAL", "500.0000", { status: "APPROVED", completedAt: "2025-02-28T19:30:00Z" });
  await payment(a.id, "SSLCOMMERZ", "1000.0000", { status: "COMPLETED", completedAt: "2025-03-05T10:00:00Z" });
  await payment(b.id, "NAGAD_MANUAL", "250.5000", {
    status: "REFUNDED",
    completedAt: "2025-03-06T10:00:00Z",
    refundedAt: "2025-03-07T10:00:00Z",
  });
  // 23:50 on 31 March in Dhaka.
  await payment(b.id, "SANDBOX", "99.9900", { status: "COMPLETED", completedAt: "2025-03-31T17:50:00Z" });
  await payment(b.id, "BKASH_MANUAL", "300.0000", { status: "SUBMITTED" });
  // Credited at midnight starting 1 April in Dhaka: not March.
  await payment(users.c.id, "SANDBOX", "40.0000", { status: "COMPLETED", completedAt: "2025-03-31T18:00:00Z" });
  await setSetting("exchange.bdtPerUsd", "122.00", admin);
});

afterAll(async () => {
  await setPanelTimeZone("Asia/Dhaka", admin);
});

async function expectMarchFigures() {
  const dashboard = await getDashboard(MARCH, { role: "ADMIN" }, NOW);
  expect(dashboard.range).toEqual({ from: "2025-03-01", to: "2025-03-31" });
  expect(dashboard.previousRange).toEqual({ from: "2025-01-29", to: "2025-02-28" });
  expect(dashboard.orders!.current).toEqual({
    count: 6,
    byStatus: { PENDING: 0, PROCESSING: 1, IN_PROGRESS: 0, COMPLETED: 2, PARTIAL: 1, CANCELED: 1, FORWARD_FAILED: 1, UNCERTAIN: 0 },
  });
  // charge 100 + 50 + 33.3333 + 75.5 + 10 + 20; refunds 20 + 33.3333 + 20; cost 60 + 18 + 0 + 12.5.
  expect(dashboard.money!.current).toEqual({
    charge: "288.8333",
    refunded: "73.3333",
    revenue: "215.5000",
    cost: "90.5000",
    profit: "125.0000",
    margin: "58.00",
    averageOrder: "48.1389",
  });
  expect(dashboard.money!.previous.revenue).toBe("0.0000");
  expect(dashboard.deposits!.current).toEqual({
    count: 4,
    amount: "1850.4900",
    byMethod: [
      { method: "BKASH_MANUAL", count: 1, amount: "500.0000" },
      { method: "NAGAD_MANUAL", count: 1, amount: "250.5000" },
      { method: "SANDBOX", count: 1, amount: "99.9900" },
      { method: "SSLCOMMERZ", count: 1, amount: "1000.0000" },
    ],
    reversedCount: 1,
    reversedAmount: "250.5000",
  });
  expect(dashboard.customers).toEqual({ current: { new: 2, active: 3 }, previous: { new: 1, active: 0 } });
  expect(dashboard.days).toHaveLength(31);
  expect(dashboard.days[0]).toEqual({ day: "2025-03-01", orders: 1, revenue: "100.0000", profit: "40.0000" });
  expect(dashboard.days[9]).toEqual({ day: "2025-03-10", orders: 1, revenue: "30.0000", profit: "12.0000" });
  expect(dashboard.days[30]).toEqual({ day: "2025-03-31", orders: 1, revenue: "10.0000", profit: "-2.5000" });
  expect(dashboard.topServices!.map((row) => [row.label, row.revenue, row.cost, row.profit, row.margin])).toEqual([
    ["Followers", "130.0000", "78.0000", "52.0000", "40.00"],
    ["Review by hand", "75.5000", "0.0000", "75.5000", "100.00"],
    ["Likes", "10.0000", "12.5000", "-2.5000", "-25.00"],
  ]);
  expect(dashboard.topCustomers!.map((row) => [row.label, row.orders, row.revenue, row.profit])).toEqual([
    [users.a.email, 2, "130.0000", "52.0000"],
    [users.b.email, 2, "75.5000", "75.5000"],
    [users.c.email, 2, "10.0000", "-2.5000"],
  ]);
}

/** 3 March to 2 April: March from the running totals less its first two days, plus 1–2 April from the days. */
async function expectCutRange() {
  const cut = await getDashboard({ preset: "custom", from: "2025-03-03", to: "2025-04-02" }, { role: "ADMIN" }, NOW);
  expect(cut.customers!.current.active).toBe(3);
  expect(cut.topCustomers!.map((row) => [row.key, row.revenue])).toEqual([
    [users.b.id, "75.5000"],
    [users.a.id, "30.0000"],
    [users.c.id, "17.0000"],
  ]);
}

describe("the owner's figures", () => {
  it("are exact for a hand-built month, counted on Dhaka's days", async () => {
    await expectMarchFigures();
    await expectCutRange();
    const april = await getDashboard({ preset: "custom", from: "2025-04-01", to: "2025-04-01" }, { role: "ADMIN" }, NOW);
    expect(april.orders!.current.count).toBe(1);
    expect(april.money!.current.charge).toBe("7.0000");
    expect(april.deposits!.current.amount).toBe("40.0000");
  });

  it("reports profit per provider, category and customer, sorted either way", async () => {
    const range = { from: "2025-03-01", to: "2025-03-31" };
    const byProvider = await profitReport({ by: "provider", range, sort: "profit" });
    expect(byProvider.map((row) => [row.key === "" ? "manual" : "provider", row.orders, row.revenue, row.cost, row.profit])).toEqual([
      ["manual", 1, "75.5000", "0.0000", "75.5000"],
      ["provider", 5, "140.0000", "90.5000", "49.5000"],
    ]);
    const byCategory = await profitReport({ by: "category", range, sort: "cost", direction: "asc" });
    expect(byCategory.map((row) => [row.revenue, row.cost])).toEqual([
      ["75.5000", "0.0000"],
      ["140.0000", "90.5000"],
    ]);
    const byCustomerMargin = await profitReport({ by: "customer", range, sort: "margin", direction: "asc", limit: 2 });
    expect(byCustomerMargin.map((row) => [row.label, row.margin])).toEqual([
      [users.c.email, "-25.00"],
      [users.a.email, "40.00"],
    ]);
  });

  it("stay the same after compaction, and equal a recount", async () => {
    const folded = await compactOrderStats();
    expect(folded.serviceRows).toBeGreaterThan(0);
    await expectMarchFigures();
    expect((await checkOrderStats()).mismatches).toEqual([]);
    // A range of a whole month and two ragged edges reads the month table and the edge days.
    const ragged = await getDashboard({ preset: "custom", from: "2025-02-20", to: "2025-04-05" }, { role: "ADMIN" }, NOW);
    expect(ragged.money!.current.charge).toBe("295.8333");
    expect(ragged.topCustomers!.find((row) => row.key === users.c.id)!.revenue).toBe("17.0000");
    expect(ragged.customers!.current.active).toBe(3);
    await expectCutRange();
  });

  it("move to the new days when the panel's time zone changes", async () => {
    await setPanelTimeZone("UTC", admin);
    const march = await getDashboard(MARCH, { role: "ADMIN" }, NOW);
    // In UTC the first order falls on 28 February and the 1 April order on 31 March.
    expect(march.orders!.current.count).toBe(6);
    expect(march.money!.current.charge).toBe("195.8333");
    expect(march.deposits!.current.amount).toBe("1390.4900");
    expect((await checkOrderStats()).mismatches).toEqual([]);
    await setPanelTimeZone("Asia/Dhaka", admin);
    await expectMarchFigures();
  });

  it("show SUPPORT no money", async () => {
    const support = await getDashboard(MARCH, { role: "SUPPORT" }, NOW);
    expect(support.orders!.current.count).toBe(6);
    expect(support.money).toBeNull();
    expect(support.deposits).toBeNull();
    expect(support.topServices).toBeNull();
    expect(support.topCustomers).toBeNull();
    expect(support.providers).toBeNull();
    expect(support.days.every((day) => day.revenue === "0.0000" && day.profit === "0.0000")).toBe(true);
    expect(JSON.stringify(support)).not.toContain("288.8333");
  });

  it("equal a recount after concurrent order changes and compactions", async () => {
    const ids = await Promise.all(
      Array.from({ length: 30 }, (_, index) => placed(users.a, services.one, "3.0000", `2025-05-0${(index % 9) + 1}T12:00:00Z`)),
    );
    await Promise.all([
      ...ids.map(async (id, index) => {
        await accepted(id, "0.01");
        if (index % 3 === 0) await move(id, { to: "CANCELED", kind: "status_sync", providerCharge: "0.0000" });
        else if (index % 3 === 1) await move(id, { to: "PARTIAL", kind: "status_sync", remains: 50, providerCharge: "0.0050" });
        else await move(id, { to: "COMPLETED", kind: "status_sync" });
      }),
      compactOrderStats(),
      compactOrderStats(),
    ]);
    await compactOrderStats();
    expect((await checkOrderStats()).mismatches).toEqual([]);
    const may = await getDashboard({ preset: "custom", from: "2025-05-01", to: "2025-05-31" }, { role: "ADMIN" }, NOW);
    // 30 × ৳3; 10 canceled (৳30 back) and 10 half-delivered (৳15 back).
    expect(may.money!.current).toMatchObject({ charge: "90.0000", refunded: "45.0000", revenue: "45.0000" });
  });
});

describe("the database's own defaults", () => {
  it("are the settings' defaults: the exchange rate of a first provider charge, and the panel's time zone", async () => {
    await db.setting.deleteMany({ where: { key: { in: ["exchange.bdtPerUsd", "reports.timeZone"] } } });
    const id = await placed(users.a, services.one, "1.0000", "2025-07-01T12:00:00Z");
    await accepted(id, "0.01");
    const order = await db.order.findUniqueOrThrow({ where: { id }, select: { providerRateBdt: true } });
    expect(order.providerRateBdt!.toFixed(2)).toBe(Number(SETTINGS["exchange.bdtPerUsd"].default).toFixed(2));
    // 18:30 UTC on 31 March is already 1 April in the default zone.
    const [{ day }] = await db.$queryRaw<{ day: string }[]>`SELECT panel_day('2025-03-31 18:30:00'::timestamp)::text AS day`;
    expect(day).toBe(resolveRange({ preset: "today" }, SETTINGS["reports.timeZone"].default, new Date("2025-03-31T18:30:00Z")).from);
  });
});
