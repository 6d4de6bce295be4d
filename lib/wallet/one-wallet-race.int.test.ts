import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { money, toStorage } from "@/lib/money/money";
import { adminMove } from "@/lib/orders/admin/admin-move";
import { createOrder } from "@/lib/orders/create-order";
import { createUser } from "@/tests/factories";
import { adjustBalance } from "./adjust-balance";
import { balanceChainBreak } from "./balance-chain";

// Issue 20's property: whatever mix of placements (through place_order), refunds (an admin's cancel
// or partial of a just-placed order) and admin credits and debits races on ONE wallet, the wallet
// ends equal to its ledger, never below zero, each entry starting where the one before ended, each
// order charged once and refunded at most once, and the balance is exactly what the successes add up to.

type Op =
  | { kind: "order"; quantity: number; then: "keep" | "cancel" | "partial" }
  | { kind: "adjust"; direction: "credit" | "debit"; amount: string };

const ops = fc.array(
  fc.oneof(
    fc.record({
      kind: fc.constant("order" as const),
      quantity: fc.integer({ min: 100, max: 5000 }),
      then: fc.constantFrom("keep" as const, "cancel" as const, "partial" as const),
    }),
    fc.record({
      kind: fc.constant("adjust" as const),
      direction: fc.constantFrom("credit" as const, "debit" as const),
      amount: fc.integer({ min: 1, max: 4000 }).map((paisa) => (paisa / 100).toFixed(2)),
    }),
  ),
  { minLength: 5, maxLength: 30 },
);

let admin: { id: string };
let serviceId: number;
beforeAll(async () => {
  admin = await createUser({ role: "ADMIN" });
  const category = await db.category.create({ data: { name: `Race ${randomUUID().slice(0, 6)}` } });
  // ৳7.3 per 1,000: charges with paisa fractions, so rounding is part of what must add up.
  const service = await db.service.create({
    data: { name: "Race manual service", categoryId: category.id, rate: "7.3000", min: 100, max: 5000, mode: "MANUAL" },
  });
  serviceId = service.id;
});

/**
 * The test's orders of a manual service would wait in the admin's manual queue, which other test
 * files read from its first page: once checked, they are completed the way staff would.
 */
async function completeOpenOrders(userId: string) {
  const open = await db.order.findMany({ where: { userId, status: "PENDING" }, select: { id: true } });
  for (const { id } of open) await adminMove(id, { to: "COMPLETED", kind: "admin_complete", message: "race done" }, { id: admin.id });
}

async function run(opsOfRun: Op[], opening: string) {
  const customer = await createUser({ balance: opening });
  const actor = { id: admin.id };
  let expected = money(opening);
  const outcomes = await Promise.allSettled(
    opsOfRun.map(async (op) => {
      if (op.kind === "adjust") {
        await adjustBalance(
          { userId: customer.id, adjustmentId: randomUUID(), direction: op.direction, amount: op.amount, reason: "race" },
          actor,
        );
        return op.direction === "credit" ? money(op.amount) : money(op.amount).neg();
      }
      const link = `https://example.com/race/${randomUUID()}`;
      const order = await createOrder(customer.id, { serviceId, link, quantity: op.quantity }, { source: "api" });
      if (op.then === "keep") return money(order.charge).neg();
      const move =
        op.then === "cancel"
          ? { to: "CANCELED" as const, kind: "admin_cancel" as const, message: "race" }
          : { to: "PARTIAL" as const, kind: "admin_partial" as const, remains: Math.floor(op.quantity / 3), message: "race" };
      const moved = await adminMove(order.orderId, move, actor);
      return money(moved.refunded ?? "0").minus(money(order.charge));
    }),
  );
  for (const outcome of outcomes) {
    if (outcome.status === "fulfilled") expected = expected.plus(outcome.value);
    // The only refusal a race may cause: not enough money for a placement or a debit (all or nothing).
    else expect(outcome.reason).toMatchObject({ code: "insufficient_funds" });
  }

  const user = await db.user.findUniqueOrThrow({ where: { id: customer.id }, select: { balance: true } });
  const entries = await db.ledgerEntry.findMany({
    where: { userId: customer.id },
    select: { id: true, kind: true, amount: true, balanceAfter: true, referenceType: true, referenceId: true, createdAt: true },
  });
  const sum = entries.reduce((total, entry) => total.plus(money(entry.amount)), money(0));
  expect(toStorage(money(user.balance))).toBe(toStorage(sum));
  expect(toStorage(money(user.balance))).toBe(toStorage(expected));
  for (const entry of entries) expect(money(entry.balanceAfter).gte(0), `entry ${entry.id} below zero`).toBe(true);
  const chain = entries.map((entry) => ({ ...entry, amount: entry.amount.toString(), balanceAfter: entry.balanceAfter.toString() }));
  expect(balanceChainBreak(chain)).toBeNull();

  const orders = await db.order.findMany({ where: { userId: customer.id }, select: { id: true, charge: true, refunded: true } });
  expect(orders.length).toBe(
    outcomes.filter((outcome, index) => outcome.status === "fulfilled" && opsOfRun[index].kind === "order").length,
  );
  for (const order of orders) {
    const own = entries.filter((entry) => entry.referenceType === "order" && entry.referenceId === String(order.id));
    const charges = own.filter((entry) => entry.kind === "ORDER_CHARGE");
    const refunds = own.filter((entry) => entry.kind === "ORDER_REFUND");
    expect(charges.map((entry) => toStorage(money(entry.amount)))).toEqual([toStorage(money(order.charge).neg())]);
    expect(refunds.length).toBeLessThanOrEqual(1);
    expect(toStorage(refunds.reduce((total, entry) => total.plus(money(entry.amount)), money(0)))).toBe(toStorage(money(order.refunded)));
    expect(money(order.refunded).lte(money(order.charge))).toBe(true);
  }
  await completeOpenOrders(customer.id);
}

describe("one wallet under racing placements, refunds and adjustments", () => {
  it("keeps ledger = balance, balance-after continuity, one charge per order, never negative", async () => {
    await fc.assert(
      fc.asyncProperty(ops, fc.integer({ min: 0, max: 8000 }), async (opsOfRun, paisa) => run(opsOfRun, (paisa / 100 + 1).toFixed(2))),
      { numRuns: 25 },
    );
  }, 120_000);
});

describe("the duplicate window on a busy wallet", () => {
  it("places one of ten identical orders sent at once among others, and refuses the rest as duplicates", async () => {
    const customer = await createUser({ balance: "10000" });
    const same = { serviceId, link: `https://example.com/same/${randomUUID()}`, quantity: 1000 };
    const results = await Promise.allSettled([
      ...Array.from({ length: 10 }, () => createOrder(customer.id, same, { source: "web" })),
      ...Array.from({ length: 10 }, (_, index) => createOrder(customer.id, { ...same, link: `${same.link}/${index}` }, { source: "web" })),
    ]);
    const identical = results.slice(0, 10);
    expect(identical.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    for (const result of identical) if (result.status === "rejected") expect(result.reason).toMatchObject({ code: "duplicate_order" });
    expect(results.slice(10).every((result) => result.status === "fulfilled")).toBe(true);
    expect(await db.order.count({ where: { userId: customer.id } })).toBe(11);
    await completeOpenOrders(customer.id);
  });
});
