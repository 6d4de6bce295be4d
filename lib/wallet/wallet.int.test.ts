import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { money } from "@/lib/money/money";
import { createUser } from "@/tests/factories";
import { adjustBalance } from "./adjust-balance";
import { checkLedger } from "./check-ledger";
import { postLedgerEntry } from "./post-ledger-entry";

async function ledgerSum(userId: string) {
  const entries = await db.ledgerEntry.findMany({ where: { userId }, select: { amount: true } });
  return entries.reduce((sum, entry) => sum.plus(money(entry.amount)), money(0));
}

async function balanceOf(userId: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { balance: true } });
  return money(user.balance);
}

describe("wallet ledger", () => {
  it("ends 50 concurrent adjustments on one wallet with the exact balance and ledger sum", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const customer = await createUser({ balance: "100.00" });
    // 25 credits of 10.01 and 25 debits of 3.33, all at once.
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, index) =>
        adjustBalance(
          {
            userId: customer.id,
            adjustmentId: randomUUID(),
            direction: index % 2 === 0 ? "credit" : "debit",
            amount: index % 2 === 0 ? "10.01" : "3.33",
            reason: `concurrent ${index}`,
          },
          { id: admin.id },
        ),
      ),
    );
    expect(results.filter((result) => result.status === "rejected")).toEqual([]);
    const expected = money("100.00").plus(money("10.01").times(25)).minus(money("3.33").times(25));
    expect((await balanceOf(customer.id)).toFixed(4)).toBe(expected.toFixed(4));
    expect((await ledgerSum(customer.id)).toFixed(4)).toBe(expected.toFixed(4));
    // Each entry's balance-after is distinct: the row lock serialised them.
    const afters = await db.ledgerEntry.findMany({ where: { userId: customer.id }, select: { balanceAfter: true } });
    expect(new Set(afters.map((entry) => entry.balanceAfter.toFixed(4))).size).toBe(51);
  });

  it("never lets concurrent debits take a balance below zero", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const customer = await createUser({ balance: "50.00" });
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        adjustBalance(
          { userId: customer.id, adjustmentId: randomUUID(), direction: "debit", amount: "7.00", reason: "race" },
          { id: admin.id },
        ),
      ),
    );
    const applied = results.filter((result) => result.status === "fulfilled").length;
    expect(applied).toBe(7); // 7 × 7.00 = 49.00 fits, the 8th would go negative
    expect((await balanceOf(customer.id)).toFixed(2)).toBe("1.00");
    expect((await ledgerSum(customer.id)).toFixed(2)).toBe("1.00");
  });

  it("refuses a debit that would go negative and writes nothing", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const customer = await createUser({ balance: "20.00" });
    const auditBefore = await db.auditLog.count({ where: { objectId: customer.id } });
    await expect(
      adjustBalance(
        { userId: customer.id, adjustmentId: randomUUID(), direction: "debit", amount: "20.01", reason: "too much" },
        { id: admin.id },
      ),
    ).rejects.toMatchObject({ code: "insufficient_funds", status: 422 });
    expect((await balanceOf(customer.id)).toFixed(2)).toBe("20.00");
    expect(await db.ledgerEntry.count({ where: { userId: customer.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { objectId: customer.id } })).toBe(auditBefore);
  });

  it("applies one adjustment id once, even when submitted twice at the same moment", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const customer = await createUser();
    const input = {
      userId: customer.id,
      adjustmentId: randomUUID(),
      direction: "credit" as const,
      amount: "99.99",
      reason: "double click",
    };
    const results = await Promise.allSettled([adjustBalance(input, { id: admin.id }), adjustBalance(input, { id: admin.id })]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.find((result) => result.status === "rejected")).toMatchObject({ reason: { code: "already_applied", status: 409 } });
    expect((await balanceOf(customer.id)).toFixed(2)).toBe("99.99");
  });

  it("records the adjustment in the audit log with before and after", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const customer = await createUser({ balance: "10.00" });
    await adjustBalance(
      { userId: customer.id, adjustmentId: randomUUID(), direction: "credit", amount: "5.50", reason: "goodwill" },
      { id: admin.id, ip: "198.51.100.1" },
    );
    const audit = await db.auditLog.findFirstOrThrow({ where: { objectId: customer.id, action: "wallet.credit" } });
    expect(audit.actorId).toBe(admin.id);
    expect(audit.ip).toBe("198.51.100.1");
    expect(audit.before).toEqual({ balance: "10.0000" });
    expect(audit.after).toMatchObject({ balance: "15.5000", amount: "5.5000", reason: "goodwill" });
  });

  it("keeps ledger entries immutable", async () => {
    const customer = await createUser({ balance: "10.00" });
    await expect(db.ledgerEntry.updateMany({ where: { userId: customer.id }, data: { memo: "rewritten" } })).rejects.toThrow(/immutable/);
    await expect(db.ledgerEntry.deleteMany({ where: { userId: customer.id } })).rejects.toThrow(/immutable/);
  });

  it("finds no mismatch between balances and ledger sums, and finds one when a balance is tampered with", async () => {
    expect((await checkLedger()).mismatches).toEqual([]);
    const customer = await createUser({ balance: "10.00" });
    await db.$executeRaw`UPDATE users SET balance = balance + 1 WHERE id = ${customer.id}`;
    const report = await checkLedger();
    expect(report.mismatches.map((row) => row.userId)).toEqual([customer.id]);
    await db.$executeRaw`UPDATE users SET balance = balance - 1 WHERE id = ${customer.id}`;
    expect((await checkLedger()).mismatches).toEqual([]);
  });

  it("moves money for one cause at most once", async () => {
    const customer = await createUser({ balance: "10.00" });
    const entry = {
      userId: customer.id,
      kind: "ORDER_REFUND" as const,
      amount: money("2.5"),
      referenceType: "order",
      referenceId: "order-1",
    };
    await db.$transaction((tx) => postLedgerEntry(tx, entry));
    await expect(db.$transaction((tx) => postLedgerEntry(tx, entry))).rejects.toMatchObject({ code: "already_applied" });
    expect((await balanceOf(customer.id)).toFixed(2)).toBe("12.50");
  });
});
