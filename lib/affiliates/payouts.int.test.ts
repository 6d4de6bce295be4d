// Issue 18: payouts never take more than was earned, however many run at once; an admin pays or
// rejects a withdrawal once; a payout to the panel balance is one ledger credit.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { parseWith } from "@/lib/http/validation";
import { setSetting } from "@/lib/settings/settings";
import { checkLedger } from "@/lib/wallet/check-ledger";
import { createUser } from "@/tests/factories";
import { decidePayout } from "./decide-payout";
import { requestPayout } from "./request-payout";
import { decidePayoutSchema, requestPayoutSchema, type RequestPayoutInput } from "./schemas";
import { affiliateBalance } from "./test-support";

let admin: { id: string; ip: string };
beforeAll(async () => {
  admin = { id: (await createUser({ role: "ADMIN" })).id, ip: "203.0.113.82" };
  await setSetting("affiliates.minPayout", "500", admin);
});

/** An affiliate with earnings already credited (as commissions would have). */
async function earner(earnings: string) {
  const user = await createUser();
  await db.user.update({ where: { id: user.id }, data: { affiliateBalance: earnings } });
  return user;
}
const ask = (userId: string, input: Partial<RequestPayoutInput>) =>
  requestPayout(userId, parseWith(requestPayoutSchema, { payoutId: randomUUID(), amount: "500", method: "BALANCE", ...input }));
const decide = (payoutId: string, decision: "approve" | "reject", note: string) =>
  decidePayout(admin, parseWith(decidePayoutSchema, { payoutId, decision, note }));
const walletBalance = async (userId: string) =>
  (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { balance: true } })).balance.toFixed(4);

describe("affiliate payouts", () => {
  it("cannot exceed earnings: of 20 concurrent payouts of ৳500 against ৳2,750, exactly 5 succeed", async () => {
    const user = await earner("2750");
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, (_, index) =>
        ask(user.id, index % 2 ? { method: "BALANCE" } : { method: "BKASH", accountNumber: "01712345678" }),
      ),
    );
    const won = outcomes.filter((outcome) => outcome.status === "fulfilled");
    const lost = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === "rejected");
    expect(won).toHaveLength(5);
    for (const refusal of lost) expect(refusal.reason).toMatchObject({ status: 409, code: "insufficient_earnings" });
    expect(await affiliateBalance(user.id)).toBe("250.0000");

    const paidIn = await db.affiliatePayout.findMany({ where: { userId: user.id, method: "BALANCE" } });
    expect(paidIn.every((payout) => payout.status === "PAID")).toBe(true);
    const entries = await db.ledgerEntry.findMany({ where: { userId: user.id, kind: "AFFILIATE_PAYOUT" } });
    expect(entries).toHaveLength(paidIn.length);
    expect(await walletBalance(user.id)).toBe((paidIn.length * 500).toFixed(4));
    expect(entries.map((entry) => entry.referenceId).sort()).toEqual(paidIn.map((payout) => payout.id).sort());
    expect(await db.affiliatePayout.count({ where: { userId: user.id, status: "PENDING" } })).toBe(5 - paidIn.length);
    expect((await checkLedger()).mismatches).toEqual([]);
  });

  it("pays once per form: the same payout id sent twice is one payout", async () => {
    const user = await earner("1500");
    const payoutId = randomUUID();
    const twice = await Promise.allSettled([ask(user.id, { payoutId }), ask(user.id, { payoutId })]);
    expect(twice.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    expect(await affiliateBalance(user.id)).toBe("1000.0000");
    expect(await walletBalance(user.id)).toBe("500.0000");
  });

  it("refuses less than the minimum payout, naming the amount", async () => {
    const user = await earner("1000");
    await expect(ask(user.id, { amount: "499.99" })).rejects.toMatchObject({ status: 422, message: expect.stringMatching(/^amount: /) });
    expect(await affiliateBalance(user.id)).toBe("1000.0000");
  });

  it("a withdrawal is paid or rejected once under double clicks; a rejection gives the amount back", async () => {
    const user = await earner("1000");
    const paid = await ask(user.id, { method: "NAGAD", accountNumber: "+8801812345678" });
    const rejected = await ask(user.id, { method: "BKASH", accountNumber: "01712345678" });
    expect(paid.status).toBe("PENDING");
    expect(await affiliateBalance(user.id)).toBe("0.0000");
    expect((await db.affiliatePayout.findUniqueOrThrow({ where: { id: paid.payoutId } })).accountNumber).toBe("01812345678");

    const approvals = await Promise.allSettled(Array.from({ length: 5 }, () => decide(paid.payoutId, "approve", "8N7A6B5C4D")));
    expect(approvals.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    const races = await Promise.allSettled([
      decide(rejected.payoutId, "reject", "Number does not match the account"),
      decide(rejected.payoutId, "reject", "Number does not match the account"),
      decide(rejected.payoutId, "approve", "8N7A6B5C4E"),
    ]);
    expect(races.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    for (const outcome of [...approvals, ...races])
      if (outcome.status === "rejected") expect(outcome.reason).toMatchObject({ status: 409, code: "already_decided" });

    const decided = await db.affiliatePayout.findUniqueOrThrow({ where: { id: rejected.payoutId } });
    expect(await affiliateBalance(user.id)).toBe(decided.status === "REJECTED" ? "500.0000" : "0.0000");
    expect(
      await db.auditLog.count({ where: { objectType: "affiliate_payout", objectId: { in: [paid.payoutId, rejected.payoutId] } } }),
    ).toBe(2);
    const audit = await db.auditLog.findFirstOrThrow({ where: { objectId: paid.payoutId } });
    expect(audit).toMatchObject({ actorId: admin.id, action: "affiliate_payout.approve" });
    expect(await db.notification.count({ where: { userId: user.id, link: "/user/affiliates" } })).toBe(2);
    // A payout to the panel balance is never pending: nothing to decide.
    const instant = await ask((await earner("500")).id, {});
    await expect(decide(instant.payoutId, "reject", "Too late")).rejects.toMatchObject({ status: 409 });
  });

  it("refuses bad input with 422 naming the field", () => {
    const base = { payoutId: randomUUID(), amount: "500", method: "BKASH", accountNumber: "01712345678" };
    const field = (
      input: Record<string, unknown>,
      schema: typeof requestPayoutSchema | typeof decidePayoutSchema = requestPayoutSchema,
    ) => {
      try {
        parseWith(schema, input);
        return "accepted";
      } catch (error) {
        expect(error).toMatchObject({ status: 422 });
        return (error as Error).message.split(":")[0];
      }
    };
    expect(field({ ...base, accountNumber: "0171\u0000345678" })).toBe("accountNumber");
    expect(field({ ...base, amount: "-500" })).toBe("amount");
    expect(field({ ...base, amount: "500.001" })).toBe("amount");
    expect(field({ ...base, amount: "0" })).toBe("amount");
    expect(field({ ...base, accountNumber: "01212345678" })).toBe("accountNumber");
    expect(field({ ...base, accountNumber: undefined })).toBe("accountNumber");
    expect(field({ ...base, method: "PAYPAL" })).toBe("method");
    expect(field({ ...base, payoutId: "x" })).toBe("payoutId");
    expect(field({ ...base, method: "BALANCE", accountNumber: undefined })).toBe("accepted");
    expect(field({ payoutId: "p1", decision: "approve", note: "" }, decidePayoutSchema)).toBe("note");
    expect(field({ payoutId: "p1", decision: "reject", note: "no" }, decidePayoutSchema)).toBe("note");
  });
});
