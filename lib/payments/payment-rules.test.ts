import { describe, expect, it } from "vitest";
import { checkSandboxSignature, signSandboxBody } from "./sandbox/signature";
import { initiatePaymentSchema, manualPaymentSchema } from "./schemas";
import { canMove, statusesLeadingTo } from "./state-machine";
import { newTranId } from "./tran-id";
import { parseWebhookBody, requireFields } from "./webhooks/parse-webhook-body";

describe("payment state machine", () => {
  it("only moves forward; a late failure after completion is not a move", () => {
    expect(canMove("PENDING", "COMPLETED")).toBe(true);
    expect(canMove("COMPLETED", "FAILED")).toBe(false);
    expect(canMove("FAILED", "COMPLETED")).toBe(false);
    expect(canMove("REFUNDED", "COMPLETED")).toBe(false);
    expect(canMove("SUBMITTED", "APPROVED")).toBe(true);
    expect(canMove("REJECTED", "APPROVED")).toBe(false);
    expect(statusesLeadingTo("COMPLETED").sort()).toEqual(["EXPIRED", "INITIATED", "PENDING"]);
    expect(statusesLeadingTo("REFUNDED").sort()).toEqual(["APPROVED", "COMPLETED"]);
  });
});

describe("sandbox signature", () => {
  it("accepts its own signature and refuses a changed body, another time or a malformed header", () => {
    const body = '{"tran_id":"P1","amount":"10.00"}';
    const now = 1_800_000_000;
    const header = signSandboxBody(body, now);
    expect(checkSandboxSignature(header, body, now + 10)).toBe("ok");
    expect(checkSandboxSignature(header, body.replace("10.00", "99.00"), now)).toBe("mismatch");
    expect(checkSandboxSignature(header, body, now + 301)).toBe("stale");
    expect(checkSandboxSignature(null, body, now)).toBe("missing");
    expect(checkSandboxSignature("t=abc,v1=zz", body, now)).toBe("malformed");
  });
});

describe("webhook bodies", () => {
  it("reads form and JSON, refuses anything else with a 4xx naming the body", () => {
    expect(parseWebhookBody("application/x-www-form-urlencoded", "a=1&b=two")).toEqual({ a: "1", b: "two" });
    expect(parseWebhookBody("application/json; charset=utf-8", '{"a":1,"b":"x","c":{"d":1}}')).toEqual({ a: "1", b: "x" });
    expect(() => parseWebhookBody("text/plain", "a=1")).toThrow(expect.objectContaining({ status: 415 }));
    expect(() => parseWebhookBody("application/json", "[1]")).toThrow(
      expect.objectContaining({ status: 400, message: "body: must be a JSON object" }),
    );
    expect(() => requireFields({ a: "1", b: " " }, ["a", "b"])).toThrow(
      expect.objectContaining({ status: 400, message: "b: is required" }),
    );
  });
});

describe("payment input", () => {
  it("takes at most two decimals and a TrxID in the wallet's format", () => {
    expect(initiatePaymentSchema.safeParse({ method: "SANDBOX", amount: "100.5" }).success).toBe(true);
    expect(initiatePaymentSchema.safeParse({ method: "SANDBOX", amount: "100.505" }).success).toBe(false);
    expect(initiatePaymentSchema.safeParse({ method: "SANDBOX", amount: "1e3" }).success).toBe(false);
    const manual = (trxId: string, method: "BKASH_MANUAL" | "NAGAD_MANUAL" = "BKASH_MANUAL") =>
      manualPaymentSchema.safeParse({ method, amount: "100", senderNumber: "+880 1712-345678", trxId });
    expect(manual("8n7a6d5c4b").data).toMatchObject({ trxId: "8N7A6D5C4B", senderNumber: "01712345678" });
    expect(manual("8N7A6D5C4").success).toBe(false);
    expect(manual("8N7A-6D5C4B").success).toBe(false);
    expect(manual("71ABCD3E", "NAGAD_MANUAL").success).toBe(true);
  });

  it("makes tran_ids within SSLCommerz's 30 characters, unique per call", () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newTranId()));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^[A-Z0-9]{10,30}$/);
  });
});
