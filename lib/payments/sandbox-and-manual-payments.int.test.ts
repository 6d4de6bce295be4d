import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as verifyRoute } from "@/app/api/payments/verify/route";
import { db } from "@/lib/db";
import { setSetting } from "@/lib/settings/settings";
import { checkLedger } from "@/lib/wallet/check-ledger";
import { callRoute, createUser, sessionCookie } from "@/tests/factories";
import { balanceOf, depositCount as deposits, paymentsWithFakeGateway, webhookPost as rawWebhook } from "@/tests/payment-fixtures";
import { reviewManualPayment } from "./admin/review-manual-payment";
import { initiatePayment } from "./initiate-payment";
import { deliverSandboxWebhook } from "./sandbox/deliver-sandbox-webhook";
import { SIGNATURE_HEADER, signSandboxBody } from "./sandbox/signature";
import type { FakeSslcommerz } from "./sslcommerz/fake-sslcommerz";
import { submitManualPayment } from "./submit-manual-payment";

// Payments through the panel's own gateways: the signed sandbox webhook, and manual bKash / Nagad
// transfers an admin reviews. SSLCommerz: payments.int.test.ts.

let fake: FakeSslcommerz;
let admin: Awaited<ReturnType<typeof createUser>>;
beforeAll(async () => {
  ({ fake, admin } = await paymentsWithFakeGateway());
});
afterAll(async () => fake.close());

const trxId = () => randomBytes(5).toString("hex").toUpperCase();

describe("sandbox gateway", () => {
  it("credits through its signed webhook, and refuses a bad or stale signature", async () => {
    const customer = await createUser();
    const started = await initiatePayment(customer.id, { method: "SANDBOX", amount: "333.33" });
    const body = JSON.stringify({ tran_id: started.tranId, status: "PAID", amount: "333.33", currency: "BDT", charge_id: "ch_1" });
    expect(
      (await rawWebhook("sandbox", body, "application/json", { [SIGNATURE_HEADER]: signSandboxBody(body.replace("333.33", "3333.33")) }))
        .status,
    ).toBe(401);
    expect(
      (
        await rawWebhook("sandbox", body, "application/json", {
          [SIGNATURE_HEADER]: signSandboxBody(body, Math.floor(Date.now() / 1000) - 3600),
        })
      ).status,
    ).toBe(401);
    expect((await rawWebhook("sandbox", body, "application/json")).status).toBe(401);
    expect(await balanceOf(customer.id)).toBe("0.00");
    const outcome = await deliverSandboxWebhook(customer.id, started.tranId, "PAID");
    expect(outcome).toMatchObject({ httpStatus: 200, result: "credited" });
    expect((await deliverSandboxWebhook(customer.id, started.tranId, "FAILED")).result).toBe("duplicate");
    expect(await balanceOf(customer.id)).toBe("333.33");
    const mail = await db.mailMessage.findFirst({ where: { subject: { contains: "৳333.33" } } });
    expect(mail?.text).toContain(started.tranId);
    expect(await db.notification.count({ where: { userId: customer.id, kind: "payment.credited" } })).toBe(1);
  });

  it("never lets a customer act on or see another customer's payment", async () => {
    const owner = await createUser();
    const other = await createUser();
    const started = await initiatePayment(owner.id, { method: "SANDBOX", amount: "100.00" });
    await expect(deliverSandboxWebhook(other.id, started.tranId, "PAID")).rejects.toMatchObject({ status: 404 });
    const seen = await callRoute(verifyRoute, { cookie: await sessionCookie(other), body: { tranId: started.tranId } });
    expect(seen.status).toBe(404);
    expect(JSON.stringify(seen.json)).not.toContain("100.00");
    expect(await balanceOf(owner.id)).toBe("0.00");
  });
});

describe("manual bKash / Nagad", () => {
  it("credits once under concurrent approvals", async () => {
    const customer = await createUser();
    const submitted = await submitManualPayment(customer.id, {
      method: "BKASH_MANUAL",
      amount: "1500",
      senderNumber: "+8801712345678",
      trxId: trxId(),
    });
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, () =>
        reviewManualPayment({ id: admin.id }, { paymentId: submitted.paymentId, decision: "approve", note: "" }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected"))
      expect((r as PromiseRejectedResult).reason).toMatchObject({ status: 409 });
    expect(await deposits(submitted.paymentId)).toBe(1);
    expect(await balanceOf(customer.id)).toBe("1500.00");
    expect(await db.mailMessage.count({ where: { to: customer.email, text: { contains: submitted.tranId } } })).toBe(1);
  });

  it("refuses a reused TrxID (any case), a malformed one, and a bad sender number", async () => {
    const customer = await createUser();
    const id = trxId();
    await submitManualPayment(customer.id, { method: "NAGAD_MANUAL", amount: "100", senderNumber: "01812345678", trxId: id });
    await expect(
      submitManualPayment(customer.id, { method: "BKASH_MANUAL", amount: "100", senderNumber: "01812345678", trxId: id.toLowerCase() }),
    ).rejects.toMatchObject({ status: 409, code: "trx_id_used" });
    const { manualPaymentSchema } = await import("./schemas");
    expect(
      manualPaymentSchema.safeParse({ method: "BKASH_MANUAL", amount: "100", senderNumber: "01812345678", trxId: "ABC" }).error?.issues[0]
        .path,
    ).toEqual(["trxId"]);
    expect(
      manualPaymentSchema.safeParse({ method: "BKASH_MANUAL", amount: "100", senderNumber: "12345", trxId: "ABCDE12345" }).error?.issues[0]
        .path,
    ).toEqual(["senderNumber"]);
  });

  it("rejects with a note, credits nothing, and tells the customer", async () => {
    const customer = await createUser();
    const submitted = await submitManualPayment(customer.id, {
      method: "BKASH_MANUAL",
      amount: "100",
      senderNumber: "01912345678",
      trxId: trxId(),
    });
    await reviewManualPayment({ id: admin.id }, { paymentId: submitted.paymentId, decision: "reject", note: "No such transfer received" });
    expect(await balanceOf(customer.id)).toBe("0.00");
    expect(await db.notification.count({ where: { userId: customer.id, kind: "payment.rejected" } })).toBe(1);
    expect(await db.mailMessage.count({ where: { to: customer.email, text: { contains: "No such transfer received" } } })).toBe(1);
  });

  it("is unavailable when its receiving number is not set", async () => {
    const customer = await createUser();
    await setSetting("payments.nagadNumber", "", { id: admin.id });
    await expect(
      submitManualPayment(customer.id, { method: "NAGAD_MANUAL", amount: "100", senderNumber: "01912345678", trxId: trxId() }),
    ).rejects.toMatchObject({ status: 422 });
    await setSetting("payments.nagadNumber", "01811000000", { id: admin.id });
  });
});

it("keeps ledger = balance after all of the above", async () => {
  expect((await checkLedger()).mismatches).toEqual([]);
});
