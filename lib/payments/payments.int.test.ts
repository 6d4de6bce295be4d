import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as initiateRoute } from "@/app/api/payments/initiate/route";
import { POST as verifyRoute } from "@/app/api/payments/verify/route";
import { POST as webhookRoute } from "@/app/api/payments/webhook/[gateway]/route";
import { db } from "@/lib/db";
import { checkLedger } from "@/lib/wallet/check-ledger";
import { callRoute, createUser, sessionCookie } from "@/tests/factories";
import {
  balanceOf,
  depositCount as deposits,
  ipnRequest,
  paymentsWithFakeGateway,
  webhookPost as rawWebhook,
} from "@/tests/payment-fixtures";
import { refundPayment } from "./admin/refund-payment";
import { setRiskHold } from "./admin/set-risk-hold";
import { initiatePayment } from "./initiate-payment";
import { reconcilePayments } from "./reconcile-payments";
import type { FakeSslcommerz } from "./sslcommerz/fake-sslcommerz";
import { verifyPayment } from "./verify-payment";

// Payments through SSLCommerz (a local fake): starting one, and its settlement by IPN, verify, refund and
// reconcile. The built-in sandbox gateway and manual transfers: sandbox-and-manual-payments.int.test.ts.

let fake: FakeSslcommerz;
let admin: Awaited<ReturnType<typeof createUser>>;
beforeAll(async () => {
  ({ fake, admin } = await paymentsWithFakeGateway());
});
afterAll(async () => fake.close());

const deliver = async (fields: Record<string, string>) => {
  const res = await webhookRoute(ipnRequest(fields), { params: Promise.resolve({ gateway: "sslcommerz" }) });
  return {
    status: res.status,
    json: (await res.json()) as { success: boolean; data?: { result: string }; error?: { code: string; message: string } },
  };
};

describe("initiating a payment", () => {
  it("replays the stored answer for the same Idempotency-Key, refuses it with another body, and creates one payment", async () => {
    const customer = await createUser();
    const cookie = await sessionCookie(customer);
    const key = `pay-${randomBytes(6).toString("hex")}`;
    const call = (amount: string) => {
      const req = new Request("http://localhost:3999/api/payments/initiate", {
        method: "POST",
        headers: { "content-type": "application/json", cookie, "idempotency-key": key },
        body: JSON.stringify({ method: "SANDBOX", amount }),
      });
      return initiateRoute(req, { params: Promise.resolve({}) }).then(async (res) => ({
        status: res.status,
        json: (await res.json()) as { data?: { tranId: string; redirectUrl: string }; error?: { code: string } },
      }));
    };
    const [first, second] = await Promise.all([call("250.00"), call("250.00")]);
    const statuses = [first.status, second.status].sort();
    // Either both finished (a replay) or the second arrived while the first was in flight (409).
    expect(statuses[0]).toBe(201);
    expect([201, 409]).toContain(statuses[1]);
    const replay = await call("250.00");
    expect(replay.status).toBe(201);
    expect(replay.json.data?.tranId).toBe((first.status === 201 ? first : second).json.data?.tranId);
    expect(replay.json.data?.redirectUrl).toBe(`/user/add-funds/sandbox/${replay.json.data?.tranId}`);
    expect((await call("300.00")).status).toBe(422);
    expect(await db.payment.count({ where: { userId: customer.id } })).toBe(1);
  });

  it("refuses bad amounts with a 4xx naming the field and writes nothing", async () => {
    const customer = await createUser();
    const cookie = await sessionCookie(customer);
    for (const amount of ["5.00", "50000.01", "abc", "100.005", "-20", ""]) {
      const res = await callRoute(initiateRoute, { cookie, body: { method: "SANDBOX", amount } });
      expect(res.status, amount).toBe(422);
      expect(res.json.error?.message, amount).toMatch(/^amount: /);
    }
    const wrongMethod = await callRoute(initiateRoute, { cookie, body: { method: "PAYPAL", amount: "100" } });
    expect(wrongMethod.status).toBe(422);
    expect(wrongMethod.json.error?.message).toMatch(/^method: /);
    const notJson = await callRoute(initiateRoute, { cookie, rawBody: "{amount" });
    expect(notJson.status).toBe(400);
    expect(await db.payment.count({ where: { userId: customer.id } })).toBe(0);
  });

  it("opens an SSLCommerz session with the stored tran_id and two-decimal amount", async () => {
    const customer = await createUser();
    const started = await initiatePayment(customer.id, { method: "SSLCOMMERZ", amount: "120.5" });
    expect(started.tranId.length).toBeLessThanOrEqual(30);
    expect(started.redirectUrl).toContain(fake.url);
    expect(fake.sessions.get(started.tranId)?.get("total_amount")).toBe("120.50");
    expect(fake.sessions.get(started.tranId)?.get("ipn_url")).toBe("http://localhost:3999/api/payments/webhook/sslcommerz");
    expect((await db.payment.findUniqueOrThrow({ where: { id: started.paymentId } })).status).toBe("PENDING");
  });
});

describe("SSLCommerz settlement", () => {
  it("credits once when the IPN and the return page's verify arrive at the same moment", async () => {
    const customer = await createUser();
    const cookie = await sessionCookie(customer);
    const started = await initiatePayment(customer.id, { method: "SSLCOMMERZ", amount: "700.00" });
    const ipn = fake.pay(started.tranId, "700.00");
    const results = await Promise.all([
      deliver(ipn),
      callRoute(verifyRoute, { cookie, body: { tranId: started.tranId } }),
      deliver(ipn),
      callRoute(verifyRoute, { cookie, body: { tranId: started.tranId } }),
    ]);
    expect(results.map((r) => r.status).every((s) => s === 200)).toBe(true);
    expect(await deposits(started.paymentId)).toBe(1);
    expect(await balanceOf(customer.id)).toBe("700.00");
  });

  it("records a late FAILED after COMPLETED and ignores it", async () => {
    const customer = await createUser();
    const started = await initiatePayment(customer.id, { method: "SSLCOMMERZ", amount: "80.00" });
    expect((await deliver(fake.pay(started.tranId, "80.00"))).status).toBe(200);
    const late = await deliver(fake.pay(started.tranId, "80.00", { status: "FAILED" }));
    expect(late.status).toBe(200);
    const payment = await db.payment.findUniqueOrThrow({ where: { id: started.paymentId }, include: { events: true } });
    expect(payment.status).toBe("COMPLETED");
    expect(payment.events.some((event) => event.result === "ignored")).toBe(true);
    expect(await deposits(started.paymentId)).toBe(1);
  });

  it("holds a risk_level 1 payment for an admin, who can clear the hold and credit it", async () => {
    const customer = await createUser();
    const started = await initiatePayment(customer.id, { method: "SSLCOMMERZ", amount: "900.00" });
    const held = await deliver(fake.pay(started.tranId, "900.00", { riskLevel: "1" }));
    expect(held.status).toBe(202);
    expect(await balanceOf(customer.id)).toBe("0.00");
    expect((await verifyPayment(customer.id, started.tranId)).riskHold).toBe(true);
    const cleared = await setRiskHold({ id: admin.id }, { paymentId: started.paymentId, hold: false, note: "called the customer" });
    expect(cleared.credited).toBe(true);
    expect(await balanceOf(customer.id)).toBe("900.00");
  });

  it("lets one gateway validation id credit only one payment", async () => {
    const customer = await createUser();
    const first = await initiatePayment(customer.id, { method: "SSLCOMMERZ", amount: "60.00" });
    const second = await initiatePayment(customer.id, { method: "SSLCOMMERZ", amount: "60.00" });
    const ipn = fake.pay(first.tranId, "60.00");
    expect((await deliver(ipn)).status).toBe(200);
    // Replaying the same val_id against the second payment: the validation answer names the first tran_id.
    const { computeVerifySign } = await import("./sslcommerz/verify-sign");
    const replayed: Record<string, string> = { ...ipn, tran_id: second.tranId };
    replayed.verify_sign = computeVerifySign(replayed, fake.storePassword);
    const res = await deliver(replayed);
    expect(res.status).toBe(422);
    expect(await deposits(second.paymentId)).toBe(0);
    // The unique column is the backstop even if a validation answer were accepted for the second payment.
    const { movePayment } = await import("./move-payment");
    const stored = await db.payment.findUniqueOrThrow({ where: { id: first.paymentId }, select: { gatewayValidationId: true } });
    await expect(
      db.$transaction((tx) =>
        movePayment(tx, second.paymentId, {
          to: "COMPLETED",
          source: "verify",
          kind: "credited",
          data: { gatewayValidationId: stored.gatewayValidationId },
        }),
      ),
    ).rejects.toMatchObject({ status: 409, code: "validation_id_used" });
    expect(await deposits(second.paymentId)).toBe(0);
  });

  it("refuses webhooks with a missing field, an unreadable body or an unknown gateway, naming the problem", async () => {
    const missing = await deliver({ tran_id: "X", status: "VALID", verify_key: "tran_id" });
    expect(missing.status).toBe(400);
    expect(missing.json.error?.message).toBe("verify_sign: is required");
    const xml = await rawWebhook("sslcommerz", "<ipn/>", "application/xml");
    expect(xml.status).toBe(415);
    const brokenJson = await rawWebhook("sslcommerz", "{tran_id", "application/json");
    expect(brokenJson.status).toBe(400);
    expect((await rawWebhook("paypal", "a=1", "application/x-www-form-urlencoded")).status).toBe(404);
  });

  it("looks gateways up by their own name only: Object.prototype's names are unknown gateways (404), recorded as refused", async () => {
    // Counted from here: other files (the bad-input fuzz) post to these names too.
    const refusedConstructor = () => db.paymentEvent.count({ where: { kind: "constructor.delivery", result: "refused", httpStatus: 404 } });
    const before = await refusedConstructor();
    for (const gateway of ["constructor", "__proto__", "toString", "hasOwnProperty"]) {
      const res = await rawWebhook(gateway, "{}", "application/json");
      expect(res.status, gateway).toBe(404);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("unknown_gateway");
    }
    expect(await refusedConstructor()).toBe(before + 1);
  });

  it("refuses a NUL in a delivery with a 400 naming the field, and stores the delivery with the NUL made visible", async () => {
    const marker = `T${Date.now()}`;
    const res = await rawWebhook("sslcommerz", `tran_id=${marker}&status=VA%00LID`, "application/x-www-form-urlencoded");
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe("status: must not contain NUL characters");
    // A NUL in the gateway's name is refused before the handler (route()'s URL check), like any path.
    const unknown = await rawWebhook("sand\u0000box", "{}", "application/json");
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe("bad_path");
    const deliveries = await db.paymentEvent.findMany({
      where: { kind: "sslcommerz.delivery", message: { startsWith: "invalid_body: status" } },
      select: { payload: true },
    });
    const rawStored = deliveries.find((event) => JSON.stringify(event.payload).includes(marker));
    expect(JSON.stringify(rawStored?.payload)).toContain("VA%00LID");
  });

  it("refunds a completed payment: ledger debit and the gateway's refund API", async () => {
    const customer = await createUser();
    const started = await initiatePayment(customer.id, { method: "SSLCOMMERZ", amount: "150.00" });
    await deliver(fake.pay(started.tranId, "150.00"));
    const refunded = await refundPayment({ id: admin.id }, { paymentId: started.paymentId, note: "duplicate top-up" });
    expect(refunded).toMatchObject({ status: "REFUNDED", refundStatus: "requested" });
    expect(refunded.refundRefId).toMatch(/^RF/);
    expect(await balanceOf(customer.id)).toBe("0.00");
    await expect(refundPayment({ id: admin.id }, { paymentId: started.paymentId, note: "again" })).rejects.toMatchObject({ status: 409 });
  });

  it("reconciles: settles a paid payment whose IPN never came, expires an abandoned one", async () => {
    const customer = await createUser();
    const paid = await initiatePayment(customer.id, { method: "SSLCOMMERZ", amount: "210.00" });
    const abandoned = await initiatePayment(customer.id, { method: "SSLCOMMERZ", amount: "220.00" });
    fake.pay(paid.tranId, "210.00");
    const old = new Date(Date.now() - 3 * 3600_000);
    await db.payment.updateMany({ where: { id: { in: [paid.paymentId, abandoned.paymentId] } }, data: { createdAt: old } });
    await reconcilePayments();
    expect((await db.payment.findUniqueOrThrow({ where: { id: paid.paymentId } })).status).toBe("COMPLETED");
    expect((await db.payment.findUniqueOrThrow({ where: { id: abandoned.paymentId } })).status).toBe("EXPIRED");
    expect(await balanceOf(customer.id)).toBe("210.00");
  });
});

it("keeps ledger = balance after all of the above", async () => {
  expect((await checkLedger()).mismatches).toEqual([]);
});
