import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSession, queryRefund, queryTransaction, requestRefund, validateTransaction } from "./client";
import { GatewayError } from "./errors";
import { startFakeSslcommerz, type FakeSslcommerz } from "./fake-sslcommerz";
import type { SslcommerzConfig } from "./types";
import { computeVerifySign, hasValidVerifySign } from "./verify-sign";

let fake: FakeSslcommerz;
let config: SslcommerzConfig;
beforeAll(async () => {
  fake = await startFakeSslcommerz();
  config = { baseUrl: fake.url, storeId: fake.storeId, storePassword: fake.storePassword, timeoutMs: 1000 };
});
afterAll(async () => fake.close());

const md5 = (text: string) => createHash("md5").update(text).digest("hex");
const session = (tranId: string) => ({
  tranId,
  amount: "500.00",
  successUrl: "http://panel/s",
  failUrl: "http://panel/f",
  cancelUrl: "http://panel/c",
  ipnUrl: "http://panel/ipn",
  customer: { name: "A B", email: "a@b.test", phone: "01712345678" },
});

describe("verify_sign", () => {
  it("is md5 of the verify_key fields plus md5(store password), sorted by name, as k=v&…", () => {
    const payload = { tran_id: "T1", val_id: "V1", amount: "10.00", status: "VALID", verify_key: "tran_id,val_id,amount,status" };
    const expected = md5(`amount=10.00&status=VALID&store_passwd=${md5("secret")}&tran_id=T1&val_id=V1`);
    expect(computeVerifySign(payload, "secret")).toBe(expected);
    expect(hasValidVerifySign({ ...payload, verify_sign: expected }, "secret")).toBe(true);
  });

  it("fails when a signed field, the password or the signature is changed", () => {
    const payload = { tran_id: "T1", amount: "10.00", verify_key: "tran_id,amount" };
    const sign = computeVerifySign(payload, "secret");
    expect(hasValidVerifySign({ ...payload, verify_sign: sign, amount: "10000.00" }, "secret")).toBe(false);
    expect(hasValidVerifySign({ ...payload, verify_sign: sign }, "other")).toBe(false);
    expect(hasValidVerifySign({ ...payload, verify_sign: "nothex" }, "secret")).toBe(false);
    expect(hasValidVerifySign({ tran_id: "T1", verify_sign: sign }, "secret")).toBe(false);
  });
});

describe("SSLCommerz adapter against a local fake", () => {
  it("creates a session with the store credentials, two-decimal amount, BDT and the four URLs", async () => {
    const result = await createSession(config, session("TRAN-SESSION-1"));
    expect(result.gatewayUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/EasyCheckOut\//);
    const sent = fake.sessions.get("TRAN-SESSION-1")!;
    expect(Object.fromEntries(sent)).toMatchObject({
      store_id: "testbox",
      total_amount: "500.00",
      currency: "BDT",
      tran_id: "TRAN-SESSION-1",
      success_url: "http://panel/s",
      fail_url: "http://panel/f",
      cancel_url: "http://panel/c",
      ipn_url: "http://panel/ipn",
    });
  });

  it("turns a refused session into a typed error", async () => {
    await expect(createSession({ ...config, storePassword: "wrong" }, session("TRAN-SESSION-2"))).rejects.toMatchObject({
      kind: "rejected",
      call: "session",
    });
  });

  it("validates a val_id, and answers INVALID for one it does not know", async () => {
    const ipn = fake.pay("TRAN-VAL-1", "250.00");
    expect(hasValidVerifySign(ipn, fake.storePassword)).toBe(true);
    const answer = await validateTransaction(config, ipn.val_id);
    expect(answer).toMatchObject({ status: "VALID", tran_id: "TRAN-VAL-1", amount: "250.00", currency: "BDT" });
    expect((await validateTransaction(config, ipn.val_id)).status).toBe("VALIDATED");
    expect((await validateTransaction(config, "no-such-val")).status).toBe("INVALID_TRANSACTION");
  });

  it("queries by tran_id", async () => {
    fake.pay("TRAN-Q-1", "99.50", { status: "FAILED" });
    const answer = await queryTransaction(config, "TRAN-Q-1");
    expect(answer.APIConnect).toBe("DONE");
    expect(answer.element?.map((item) => item.status)).toEqual(["FAILED"]);
    expect((await queryTransaction(config, "TRAN-NONE")).element).toEqual([]);
  });

  it("requests a refund and reads its state by refund_ref_id", async () => {
    const ipn = fake.pay("TRAN-R-1", "300.00");
    const refund = await requestRefund(config, { bankTranId: ipn.bank_tran_id, amount: "300.00", remarks: "customer asked" });
    expect(refund.status).toBe("success");
    const sent = fake.requests.at(-1)!.params;
    expect(Object.fromEntries(sent)).toMatchObject({
      bank_tran_id: ipn.bank_tran_id,
      refund_amount: "300.00",
      refund_remarks: "customer asked",
    });
    expect((await queryRefund(config, refund.refund_ref_id!)).status).toBe("refunded");
  });

  it("times out and reports broken answers and closed ports as typed errors", async () => {
    fake.misbehave.delayMs = 500;
    await expect(queryTransaction({ ...config, timeoutMs: 100 }, "T")).rejects.toMatchObject({ kind: "timeout" });
    fake.misbehave.delayMs = 0;
    fake.misbehave.html = true;
    await expect(validateTransaction(config, "x")).rejects.toMatchObject({ kind: "protocol" });
    fake.misbehave.html = false;
    const error = await queryTransaction({ ...config, baseUrl: "http://127.0.0.1:1" }, "T").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GatewayError);
    expect((error as GatewayError).kind).toBe("connect");
    expect((error as GatewayError).message).not.toContain(fake.storePassword);
  });
});
