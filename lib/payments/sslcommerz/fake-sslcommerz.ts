import { randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { computeVerifySign } from "./verify-sign";

/**
 * A local stand-in for SSLCommerz in tests (never the internet): session, validation API, transaction
 * query, refund and refund query, with the same paths and answer shapes. `pay()` plays a customer
 * paying at the gateway and returns the IPN SSLCommerz would post, signed with verify_sign.
 */
export type FakeAttempt = {
  valId: string;
  status: "VALID" | "VALIDATED" | "FAILED" | "CANCELLED";
  amount: string;
  currency: string;
  bankTranId: string;
  riskLevel: "0" | "1";
  tranId: string;
};
export type FakeRequest = { method: string; path: string; params: URLSearchParams };

export type FakeSslcommerz = {
  url: string;
  storeId: string;
  storePassword: string;
  requests: FakeRequest[];
  sessions: Map<string, URLSearchParams>;
  /** The customer pays (or fails) at the gateway; returns the IPN body. Options shape forgeries. */
  pay(
    tranId: string,
    amount: string,
    options?: { status?: FakeAttempt["status"]; riskLevel?: "0" | "1"; validatedAmount?: string; ipnAmount?: string; currency?: string },
  ): Record<string, string>;
  /** Next answers of a call: a delay (ms) or "html" (a broken, non-JSON answer). */
  misbehave: { delayMs: number; html: boolean };
  refunds: Map<string, { bankTranId: string; amount: string; status: string }>;
  close(): Promise<void>;
};

export async function startFakeSslcommerz(): Promise<FakeSslcommerz> {
  const storeId = "testbox";
  const storePassword = "testbox@ssl";
  const requests: FakeRequest[] = [];
  const sessions = new Map<string, URLSearchParams>();
  const attempts = new Map<string, FakeAttempt>();
  const refunds = new Map<string, { bankTranId: string; amount: string; status: string }>();
  const misbehave = { delayMs: 0, html: false };
  const credentialsOk = (params: URLSearchParams) => params.get("store_id") === storeId && params.get("store_passwd") === storePassword;

  const answer = (url: URL, params: URLSearchParams): unknown => {
    if (url.pathname === "/gwprocess/v4/api.php") {
      if (!credentialsOk(params)) return { status: "FAILED", failedreason: "Store Credential Error Or Store is De-active" };
      const sessionKey = randomBytes(16).toString("hex").toUpperCase();
      sessions.set(params.get("tran_id") ?? "", params);
      return { status: "SUCCESS", sessionkey: sessionKey, GatewayPageURL: `${fake.url}/EasyCheckOut/testcde${sessionKey}` };
    }
    if (url.pathname === "/validator/api/validationserverAPI.php") {
      const attempt = attempts.get(params.get("val_id") ?? "");
      if (!credentialsOk(params) || !attempt || (attempt.status !== "VALID" && attempt.status !== "VALIDATED"))
        return { status: "INVALID_TRANSACTION" };
      const status = attempt.status;
      attempt.status = "VALIDATED";
      return validationRecord(attempt, status);
    }
    if (url.pathname === "/validator/api/merchantTransIDvalidationAPI.php") {
      if (!credentialsOk(params)) return { APIConnect: "INVALID_REQUEST" };
      if (params.get("refund_ref_id")) {
        const refund = refunds.get(params.get("refund_ref_id")!);
        return refund
          ? {
              APIConnect: "DONE",
              bank_tran_id: refund.bankTranId,
              refund_ref_id: params.get("refund_ref_id"),
              status: "refunded",
              initiated_on: "2026-11-23 10:00:00",
              refunded_on: "2026-11-23 10:05:00",
            }
          : { APIConnect: "DONE", status: "failed", errorReason: "Invalid refund_ref_id" };
      }
      if (params.get("bank_tran_id")) {
        const paid = [...attempts.values()].find((attempt) => attempt.bankTranId === params.get("bank_tran_id"));
        if (!paid) return { APIConnect: "DONE", status: "failed", errorReason: "Invalid bank_tran_id" };
        const refundRefId = `RF${randomBytes(6).toString("hex")}`;
        refunds.set(refundRefId, { bankTranId: paid.bankTranId, amount: params.get("refund_amount") ?? "", status: "processing" });
        return {
          APIConnect: "DONE",
          bank_tran_id: paid.bankTranId,
          trans_id: paid.tranId,
          refund_ref_id: refundRefId,
          status: "success",
          errorReason: "",
        };
      }
      const tranId = params.get("tran_id") ?? "";
      const element = [...attempts.values()]
        .filter((attempt) => attempt.tranId === tranId)
        .map((attempt) => validationRecord(attempt, attempt.status));
      return { APIConnect: "DONE", no_of_trans_found: element.length, element };
    }
    return null;
  };

  const server = http.createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (body += chunk));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://fake");
      const params = req.method === "POST" ? new URLSearchParams(body) : url.searchParams;
      requests.push({ method: req.method ?? "", path: url.pathname, params });
      const send = () => {
        if (misbehave.html) {
          res.writeHead(200, { "content-type": "text/html" }).end("<html>maintenance</html>");
          return;
        }
        const reply = answer(url, params);
        if (reply === null) res.writeHead(404).end("not found");
        else res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(reply));
      };
      if (misbehave.delayMs > 0) setTimeout(send, misbehave.delayMs);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  const fake: FakeSslcommerz = {
    url: `http://127.0.0.1:${port}`,
    storeId,
    storePassword,
    requests,
    sessions,
    misbehave,
    refunds,
    pay(tranId, amount, options = {}) {
      const attempt: FakeAttempt = {
        valId: `${Date.now().toString().slice(-6)}${randomBytes(8).toString("hex")}`,
        status: options.status ?? "VALID",
        amount: options.validatedAmount ?? amount,
        currency: options.currency ?? "BDT",
        bankTranId: `BT${randomBytes(6).toString("hex")}`,
        riskLevel: options.riskLevel ?? "0",
        tranId,
      };
      attempts.set(attempt.valId, attempt);
      const ipn: Record<string, string> = {
        tran_id: tranId,
        val_id: attempt.valId,
        amount: options.ipnAmount ?? attempt.amount,
        card_type: "BKASH-BKash",
        store_amount: attempt.amount,
        bank_tran_id: attempt.bankTranId,
        status: attempt.status,
        tran_date: "2026-11-23 10:00:00",
        currency: attempt.currency,
        risk_level: attempt.riskLevel,
        risk_title: attempt.riskLevel === "1" ? "Risky" : "Safe",
        verify_key: "amount,bank_tran_id,card_type,currency,risk_level,status,store_amount,tran_date,tran_id,val_id",
      };
      ipn.verify_sign = computeVerifySign(ipn, storePassword);
      return ipn;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return fake;
}

function validationRecord(attempt: FakeAttempt, status: string) {
  return {
    status,
    tran_date: "2026-11-23 10:00:00",
    tran_id: attempt.tranId,
    val_id: attempt.valId,
    amount: attempt.amount,
    store_amount: attempt.amount,
    currency: attempt.currency,
    bank_tran_id: attempt.bankTranId,
    card_type: "BKASH-BKash",
    currency_type: attempt.currency,
    currency_amount: attempt.amount,
    risk_level: attempt.riskLevel,
    risk_title: attempt.riskLevel === "1" ? "Risky" : "Safe",
    APIConnect: "DONE",
  };
}
