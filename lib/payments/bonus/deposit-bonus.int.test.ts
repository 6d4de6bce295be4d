// Issue 17: deposit bonuses are credited once with their payment (whatever repeats the credit) and
// taken back once with its refund; after every step the ledger adds up to the balance.
import { randomBytes } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { POST as webhookRoute } from "@/app/api/payments/webhook/[gateway]/route";
import { db } from "@/lib/db";
import { translatorFor } from "@/lib/i18n/server-translator";
import { storedText } from "@/lib/i18n/stored-message";
import { money } from "@/lib/money/money";
import { checkLedger } from "@/lib/wallet/check-ledger";
import { listLedger } from "@/lib/wallet/list-ledger";
import { postLedgerEntry } from "@/lib/wallet/post-ledger-entry";
import { createUser } from "@/tests/factories";
import { ipnRequest, paymentsWithFakeGateway } from "@/tests/payment-fixtures";
import { exportPaymentsCsv } from "../admin/export-payments-csv";
import { listPaymentsForAdmin } from "../admin/list-payments-for-admin";
import { refundPayment } from "../admin/refund-payment";
import { reviewManualPayment } from "../admin/review-manual-payment";
import { initiatePayment } from "../initiate-payment";
import { deliverSandboxWebhook } from "../sandbox/deliver-sandbox-webhook";
import type { FakeSslcommerz } from "../sslcommerz/fake-sslcommerz";
import { submitManualPayment } from "../submit-manual-payment";

let fake: FakeSslcommerz;
let admin: Awaited<ReturnType<typeof createUser>>;
beforeAll(async () => {
  ({ fake, admin } = await paymentsWithFakeGateway());
});
// Rules are panel-wide: none may outlive its test (other files expect deposits without bonuses).
afterEach(async () => {
  await db.depositBonusRule.deleteMany({});
});
afterAll(async () => fake.close());

type RuleInput = { method?: "SSLCOMMERZ" | "SANDBOX" | "BKASH_MANUAL" | "NAGAD_MANUAL" | null; min: string; max?: string; percent: string };
const addRule = (rule: RuleInput) =>
  db.depositBonusRule.create({
    data: { method: rule.method ?? null, minAmount: rule.min, maxAmount: rule.max ?? null, percent: rule.percent },
  });

const money2 = (value: { toString(): string }) => money(value).toFixed(2);
const userTotals = async (userId: string) => {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { balance: true, depositedTotal: true } });
  return { balance: money2(user.balance), deposited: money2(user.depositedTotal) };
};
/** The payment's ledger entries by kind: how many, the amount and the balance each left behind. */
const entriesOf = async (paymentId: string) => {
  const rows = await db.ledgerEntry.findMany({ where: { referenceType: "payment", referenceId: paymentId } });
  return Object.fromEntries(
    rows.map((row) => [
      row.kind,
      { count: rows.filter((other) => other.kind === row.kind).length, amount: money2(row.amount), after: money2(row.balanceAfter) },
    ]),
  );
};
/** Ledger = balance for every user (invariant 2). */
const ledgerHolds = async () => expect((await checkLedger()).mismatches).toEqual([]);
const trxId = () => randomBytes(5).toString("hex").toUpperCase();
const ipn = (fields: Record<string, string>) => webhookRoute(ipnRequest(fields), { params: Promise.resolve({ gateway: "sslcommerz" }) });
const manual = (userId: string, amount: string, method: "BKASH_MANUAL" | "NAGAD_MANUAL" = "BKASH_MANUAL") =>
  submitManualPayment(userId, { method, amount, senderNumber: "01712345678", trxId: trxId() });
const approve = (paymentId: string) => reviewManualPayment({ id: admin.id }, { paymentId, decision: "approve", note: "" });

describe("crediting a deposit bonus", () => {
  it("credits it once under duplicated, concurrent webhooks, as its own entry after the deposit", async () => {
    await addRule({ method: "SSLCOMMERZ", min: "1000", percent: "3" });
    const customer = await createUser();
    const started = await initiatePayment(customer.id, { method: "SSLCOMMERZ", amount: "1250.50" });
    const fields = fake.pay(started.tranId, "1250.50");
    const answers = await Promise.all(Array.from({ length: 6 }, () => ipn({ ...fields }).then((res) => res.status)));
    expect(answers.every((status) => status === 200)).toBe(true);
    // 1250.50 × 3 % = 37.515 → 37.51 (rounded down to whole paisa).
    expect(await entriesOf(started.paymentId)).toEqual({
      DEPOSIT: { count: 1, amount: "1250.50", after: "1250.50" },
      DEPOSIT_BONUS: { count: 1, amount: "37.51", after: "1288.01" },
    });
    const payment = await db.payment.findUniqueOrThrow({ where: { id: started.paymentId } });
    expect(payment.bonusAmount && money2(payment.bonusAmount)).toBe("37.51");
    // The users list's deposited total counts the deposit, never the bonus.
    expect(await userTotals(customer.id)).toEqual({ balance: "1288.01", deposited: "1250.50" });
    const notice = await db.notification.findFirstOrThrow({ where: { userId: customer.id, kind: "payment.credited" } });
    expect(notice.body).toContain("৳37.51 deposit bonus");
    const memo = await db.ledgerEntry.findFirstOrThrow({ where: { referenceId: started.paymentId, kind: "DEPOSIT_BONUS" } });
    expect(memo).toMatchObject({ memo: `Deposit bonus for payment ${started.tranId} (+3 %)` });
    expect(memo.memoMessage).toEqual({ key: "stored.ledger.paymentBonus", values: { tranId: started.tranId, percent: "3" } });
    // The wallet history shows it in the reader's language, Bengali digits included.
    const shown = (await listLedger(customer.id)).entries.find((entry) => entry.kind === "DEPOSIT_BONUS")!;
    expect(storedText(shown.memoMessage, shown.memo!, translatorFor("bn"), "bn")).toBe(`পেমেন্ট ${started.tranId}-এর ডিপোজিট বোনাস (+৩ %)`);
    await ledgerHolds();
  });

  it("credits it once when the sandbox gateway repeats its webhook", async () => {
    await addRule({ method: null, min: "100", percent: "2.5" });
    const customer = await createUser();
    const started = await initiatePayment(customer.id, { method: "SANDBOX", amount: "200" });
    const outcomes = await Promise.all(Array.from({ length: 4 }, () => deliverSandboxWebhook(customer.id, started.tranId, "PAID")));
    expect(outcomes.filter((outcome) => outcome.result === "credited")).toHaveLength(1);
    expect(await entriesOf(started.paymentId)).toEqual({
      DEPOSIT: { count: 1, amount: "200.00", after: "200.00" },
      DEPOSIT_BONUS: { count: 1, amount: "5.00", after: "205.00" },
    });
    await ledgerHolds();
  });

  it("credits a manual transfer's bonus when an admin approves it, once under concurrent approvals, by the rules of that moment", async () => {
    const customer = await createUser();
    const submitted = await manual(customer.id, "1000");
    // The rule arrives after the transfer was submitted: rules are read when the payment is credited.
    await addRule({ method: "BKASH_MANUAL", min: "1000", percent: "3" });
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => approve(submitted.paymentId)));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await entriesOf(submitted.paymentId)).toEqual({
      DEPOSIT: { count: 1, amount: "1000.00", after: "1000.00" },
      DEPOSIT_BONUS: { count: 1, amount: "30.00", after: "1030.00" },
    });
    expect(await userTotals(customer.id)).toEqual({ balance: "1030.00", deposited: "1000.00" });
    await ledgerHolds();
  });

  it("shows the bonus in the admin's payment list and its CSV", async () => {
    await addRule({ method: "BKASH_MANUAL", min: "500", percent: "2" });
    const customer = await createUser();
    const submitted = await manual(customer.id, "750");
    await approve(submitted.paymentId);
    const filters = { q: submitted.tranId, page: 1 };
    const { rows } = await listPaymentsForAdmin(filters);
    expect(rows).toEqual([expect.objectContaining({ id: submitted.paymentId, amount: "750.00", bonusAmount: "15.00" })]);
    const [header, line] = (await exportPaymentsCsv(filters)).trim().split("\r\n");
    const bonusColumn = header.split(",").indexOf("bonus_bdt");
    expect(bonusColumn).toBeGreaterThan(-1);
    expect(line.split(",")[bonusColumn]).toBe("15.00");
  });

  it("gives nothing without a covering rule: another method, below the band, above it, or switched off", async () => {
    await addRule({ method: "BKASH_MANUAL", min: "500", max: "999.99", percent: "4" });
    await db.depositBonusRule.create({ data: { method: null, minAmount: "0", percent: "10", active: false } });
    const customer = await createUser();
    for (const [method, amount] of [
      ["NAGAD_MANUAL", "700"],
      ["BKASH_MANUAL", "499.99"],
      ["BKASH_MANUAL", "1000.00"],
    ] as const) {
      const submitted = await manual(customer.id, amount, method);
      await approve(submitted.paymentId);
      expect(Object.keys(await entriesOf(submitted.paymentId)), `${method} ${amount}`).toEqual(["DEPOSIT"]);
      expect((await db.payment.findUniqueOrThrow({ where: { id: submitted.paymentId } })).bonusAmount).toBeNull();
    }
    expect(await userTotals(customer.id)).toEqual({ balance: "2199.99", deposited: "2199.99" });
    await ledgerHolds();
  });

  it("takes both band edges as inclusive, and the highest percent among the covering rules", async () => {
    await addRule({ method: "BKASH_MANUAL", min: "500", max: "999.99", percent: "4" });
    await addRule({ method: null, min: "999.99", percent: "1" });
    const customer = await createUser();
    const bonuses: (string | undefined)[] = [];
    for (const amount of ["500", "999.99"]) {
      const submitted = await manual(customer.id, amount);
      await approve(submitted.paymentId);
      bonuses.push((await entriesOf(submitted.paymentId)).DEPOSIT_BONUS?.amount);
    }
    // 500 × 4 % = 20; 999.99 × 4 % = 39.9996 → 39.99 (4 % beats the 1 % rule that also covers it).
    expect(bonuses).toEqual(["20.00", "39.99"]);
    await ledgerHolds();
  });
});

describe("refunding a payment with a bonus", () => {
  it("takes the bonus back once with the deposit; a repeated refund moves nothing", async () => {
    await addRule({ method: "SSLCOMMERZ", min: "10", percent: "5" });
    const customer = await createUser();
    const started = await initiatePayment(customer.id, { method: "SSLCOMMERZ", amount: "400" });
    await ipn(fake.pay(started.tranId, "400.00"));
    expect(await userTotals(customer.id)).toEqual({ balance: "420.00", deposited: "400.00" });

    await refundPayment({ id: admin.id }, { paymentId: started.paymentId, note: "sent twice" });
    await expect(refundPayment({ id: admin.id }, { paymentId: started.paymentId, note: "again" })).rejects.toMatchObject({ status: 409 });
    const again = await Promise.allSettled(
      [1, 2, 3].map(() => refundPayment({ id: admin.id }, { paymentId: started.paymentId, note: "again" })),
    );
    expect(again.every((result) => result.status === "rejected")).toBe(true);
    expect(await entriesOf(started.paymentId)).toEqual({
      DEPOSIT: { count: 1, amount: "400.00", after: "400.00" },
      DEPOSIT_BONUS: { count: 1, amount: "20.00", after: "420.00" },
      DEPOSIT_REVERSAL: { count: 1, amount: "-400.00", after: "20.00" },
      DEPOSIT_BONUS_REVERSAL: { count: 1, amount: "-20.00", after: "0.00" },
    });
    expect(await userTotals(customer.id)).toEqual({ balance: "0.00", deposited: "0.00" });
    const notice = await db.notification.findFirstOrThrow({ where: { userId: customer.id, kind: "payment.refunded" } });
    expect(notice.body).toBe("৳400.00 and its ৳20.00 deposit bonus were taken back from your balance.");
    await ledgerHolds();
  });

  it("refuses the whole refund when the customer spent the money (deposit and bonus alike), unless their credit allows it", async () => {
    await addRule({ method: "BKASH_MANUAL", min: "1000", percent: "3" });
    const customer = await createUser();
    const submitted = await manual(customer.id, "1000");
    await approve(submitted.paymentId);
    await db.$transaction((tx) =>
      postLedgerEntry(tx, {
        userId: customer.id,
        kind: "ADJUSTMENT_DEBIT",
        amount: money("-15"),
        referenceType: "test-spend",
        referenceId: submitted.paymentId,
      }),
    );
    // 1015.00 left: enough to take the deposit (1000) back, not the deposit and its bonus (1030).
    await expect(refundPayment({ id: admin.id }, { paymentId: submitted.paymentId, note: "chargeback" })).rejects.toMatchObject({
      status: 422,
      code: "insufficient_funds",
    });
    expect(Object.keys(await entriesOf(submitted.paymentId)).sort()).toEqual(["DEPOSIT", "DEPOSIT_BONUS"]);
    expect((await db.payment.findUniqueOrThrow({ where: { id: submitted.paymentId } })).status).toBe("APPROVED");
    await ledgerHolds();

    await db.user.update({ where: { id: customer.id }, data: { creditLimit: "15" } });
    await refundPayment({ id: admin.id }, { paymentId: submitted.paymentId, note: "chargeback" });
    expect(await entriesOf(submitted.paymentId)).toMatchObject({
      DEPOSIT_REVERSAL: { count: 1, amount: "-1000.00", after: "15.00" },
      DEPOSIT_BONUS_REVERSAL: { count: 1, amount: "-30.00", after: "-15.00" },
    });
    expect(await userTotals(customer.id)).toEqual({ balance: "-15.00", deposited: "0.00" });
    await ledgerHolds();
  });

  it("refunds a payment credited without a bonus with no bonus entry", async () => {
    const customer = await createUser();
    const submitted = await manual(customer.id, "300");
    await approve(submitted.paymentId);
    await addRule({ method: null, min: "0", percent: "50" }); // too late: the payment was credited already
    await refundPayment({ id: admin.id }, { paymentId: submitted.paymentId, note: "mistake" });
    expect(Object.keys(await entriesOf(submitted.paymentId)).sort()).toEqual(["DEPOSIT", "DEPOSIT_REVERSAL"]);
    expect(await userTotals(customer.id)).toEqual({ balance: "0.00", deposited: "0.00" });
    await ledgerHolds();
  });
});
