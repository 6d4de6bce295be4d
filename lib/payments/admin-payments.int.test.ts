import { InngestTestEngine } from "@inngest/test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as exportRoute } from "@/app/api/admin/payments/export/route";
import { GET as returnGet, POST as returnRoute } from "@/app/api/payments/return/[outcome]/route";
import { toInngestFunction } from "@/inngest/client";
import { jobs } from "@/inngest/functions";
import { paymentReconcileJob } from "@/inngest/functions/payment-reconcile";
import { db } from "@/lib/db";
import { money } from "@/lib/money/money";
import { getSetting } from "@/lib/settings/settings";
import { createUser, sessionCookie } from "@/tests/factories";
import { paymentsWithFakeGateway } from "@/tests/payment-fixtures";
import { refundPayment } from "./admin/refund-payment";
import { listPaymentsForAdmin } from "./admin/list-payments-for-admin";
import { paymentSettingsView } from "./admin/payment-settings-view";
import { reviewManualPayment } from "./admin/review-manual-payment";
import { savePaymentSettings } from "./admin/save-payment-settings";
import { initiatePayment } from "./initiate-payment";
import { adminPaymentFiltersSchema, paymentSettingsSchema } from "./schemas";
import type { FakeSslcommerz } from "./sslcommerz/fake-sslcommerz";
import { sslcommerzConfig } from "./sslcommerz/config";
import { submitManualPayment } from "./submit-manual-payment";

let fake: FakeSslcommerz;
let admin: Awaited<ReturnType<typeof createUser>>;
beforeAll(async () => {
  ({ fake, admin } = await paymentsWithFakeGateway());
});
afterAll(async () => fake.close());

const balanceOf = async (userId: string) =>
  money((await db.user.findUniqueOrThrow({ where: { id: userId }, select: { balance: true } })).balance).toFixed(2);
const exportAs = async (cookie: string, query: string) => {
  const res = await exportRoute(new Request(`http://localhost:3999/api/admin/payments/export?${query}`, { headers: { cookie } }));
  return { status: res.status, text: await res.text() };
};

describe("admin payments", () => {
  it("filters and exports: CSV for payments.read only, formulas neutralised", async () => {
    const customer = await createUser({ email: `=cmd-${Date.now()}@example.test` });
    const submitted = await submitManualPayment(customer.id, {
      method: "BKASH_MANUAL",
      amount: "432.10",
      senderNumber: "01712345678",
      trxId: "CSVTEST001",
    });
    const filters = adminPaymentFiltersSchema.parse({ q: "csvtest001" });
    const page = await listPaymentsForAdmin(filters);
    expect(page.rows.map((row) => row.id)).toEqual([submitted.paymentId]);
    expect((await listPaymentsForAdmin(adminPaymentFiltersSchema.parse({ q: "CSVTEST001", status: "APPROVED" }))).rows).toEqual([]);

    const csv = await exportAs(await sessionCookie(admin), "q=CSVTEST001");
    expect(csv.status).toBe(200);
    const lines = csv.text.trim().split("\r\n");
    expect(lines[0]).toMatch(/^created_at,tran_id,user_email/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(",'=cmd-");
    expect(lines[1]).toContain("432.10");
    expect(await db.mailMessage.count({ where: { subject: "Manual payment to review: ৳432.10 (bKash)", to: admin.email } })).toBe(1);

    expect((await exportAs(await sessionCookie(customer), "")).status).toBe(403);
    const support = await createUser({ role: "SUPPORT" });
    expect((await exportAs(await sessionCookie(support), "q=CSVTEST001")).status).toBe(200);
  });

  it("refunds an approved manual payment with one ledger debit, and refuses when the money was spent", async () => {
    const customer = await createUser();
    const submitted = await submitManualPayment(customer.id, {
      method: "NAGAD_MANUAL",
      amount: "300",
      senderNumber: "01812345678",
      trxId: "NGD12345",
    });
    await reviewManualPayment({ id: admin.id }, { paymentId: submitted.paymentId, decision: "approve", note: "" });
    expect(await balanceOf(customer.id)).toBe("300.00");
    const results = await Promise.allSettled(
      [1, 2, 3].map(() => refundPayment({ id: admin.id }, { paymentId: submitted.paymentId, note: "sent twice by mistake" })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await balanceOf(customer.id)).toBe("0.00");
    expect(
      await db.ledgerEntry.count({ where: { referenceType: "payment", referenceId: submitted.paymentId, kind: "DEPOSIT_REVERSAL" } }),
    ).toBe(1);

    const spender = await createUser();
    const other = await submitManualPayment(spender.id, {
      method: "NAGAD_MANUAL",
      amount: "300",
      senderNumber: "01812345678",
      trxId: "NGD12346",
    });
    await reviewManualPayment({ id: admin.id }, { paymentId: other.paymentId, decision: "approve", note: "" });
    await db.$transaction((tx) =>
      import("@/lib/wallet/post-ledger-entry").then(({ postLedgerEntry }) =>
        postLedgerEntry(tx, {
          userId: spender.id,
          kind: "ADJUSTMENT_DEBIT",
          amount: money("-250"),
          referenceType: "test-spend",
          referenceId: spender.id,
        }),
      ),
    );
    await expect(refundPayment({ id: admin.id }, { paymentId: other.paymentId, note: "try it" })).rejects.toMatchObject({
      status: 422,
      code: "insufficient_funds",
    });
    expect((await db.payment.findUniqueOrThrow({ where: { id: other.paymentId } })).status).toBe("APPROVED");
  });

  it("keeps the SSLCommerz store password sealed at rest and never returns it", async () => {
    const input = paymentSettingsSchema.parse({ ...(await paymentSettingsView()).values, sslcommerzStorePassword: fake.storePassword });
    await savePaymentSettings({ id: admin.id }, input);
    const sealed = await getSetting("payments.sslcommerzStorePasswordSealed");
    expect(sealed).toMatch(/^v1\./);
    expect(sealed).not.toContain(fake.storePassword);
    const view = await paymentSettingsView();
    expect(JSON.stringify(view)).not.toContain(fake.storePassword);
    expect(view.passwordHint).toBe(`…${fake.storePassword.slice(-4)}`);
    // Saving again with an empty password keeps the saved one.
    await savePaymentSettings({ id: admin.id }, paymentSettingsSchema.parse(view.values));
    expect((await sslcommerzConfig())?.storePassword).toBe(fake.storePassword);
    const audit = await db.auditLog.findMany({ where: { objectId: "payments.sslcommerzStorePasswordSealed" } });
    expect(JSON.stringify(audit)).not.toContain(fake.storePassword);
    expect(paymentSettingsSchema.safeParse({ ...view.values, minAmount: "600", maxAmount: "500" }).error?.issues[0].path).toEqual([
      "minAmount",
    ]);
  });
});

describe("return pages and the reconciliation job", () => {
  it("the gateway's return POST only redirects to the payment page, which verifies; nothing is credited", async () => {
    const customer = await createUser();
    const started = await initiatePayment(customer.id, { method: "SSLCOMMERZ", amount: "100.00" });
    const ipn = fake.pay(started.tranId, "100.00");
    const res = await returnRoute(
      new Request("http://localhost:3999/api/payments/return/success", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams(ipn).toString(),
      }),
    );
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`http://localhost:3999/user/payments/${started.tranId}?verify=1`);
    expect(await balanceOf(customer.id)).toBe("0.00");
    const odd = await returnGet(new Request("http://localhost:3999/api/payments/return/fail?tran_id=../../x"));
    expect(odd.headers.get("location")).toBe("http://localhost:3999/user/payments");
  });

  it("runs as an Inngest function and settles a stale paid payment", async () => {
    expect(jobs).toContain(paymentReconcileJob);
    const customer = await createUser();
    const started = await initiatePayment(customer.id, { method: "SSLCOMMERZ", amount: "125.00" });
    fake.pay(started.tranId, "125.00");
    await db.payment.update({ where: { id: started.paymentId }, data: { createdAt: new Date(Date.now() - 30 * 60_000) } });
    const { result, error } = await new InngestTestEngine({ function: toInngestFunction(paymentReconcileJob) }).execute();
    expect(error).toBeUndefined();
    expect(result).toMatchObject({ settled: expect.any(Number), refunds: { checked: expect.any(Number) } });
    expect(await balanceOf(customer.id)).toBe("125.00");

    // A refund requested from SSLCommerz is followed until the gateway says it is done.
    await refundPayment({ id: admin.id }, { paymentId: started.paymentId, note: "customer asked" });
    expect((await db.payment.findUniqueOrThrow({ where: { id: started.paymentId } })).refundStatus).toBe("requested");
    const second = await new InngestTestEngine({ function: toInngestFunction(paymentReconcileJob) }).execute();
    expect(second.error).toBeUndefined();
    expect((await db.payment.findUniqueOrThrow({ where: { id: started.paymentId } })).refundStatus).toBe("refunded");
  });
});
