import type { z } from "zod";
import { GatewayError, type GatewayCall } from "./errors";
import { queryAnswer, refundAnswer, sessionAnswer, validationAnswer, type SessionRequest, type SslcommerzConfig } from "./types";

/**
 * SSLCommerz's server-to-server calls, written here instead of `sslcommerz-lts` (no timeouts, network
 * errors returned as values, no checks). Every call has a timeout and throws a GatewayError; none of
 * them decides anything about a payment: callers check status, tran_id, amount and currency.
 */
async function call<S extends z.ZodType>(
  config: SslcommerzConfig,
  name: GatewayCall,
  path: string,
  schema: S,
  init?: { form: URLSearchParams },
): Promise<z.infer<S>> {
  const url = new URL(path, config.baseUrl);
  let response: Response;
  try {
    response = await fetch(url, {
      method: init ? "POST" : "GET",
      headers: init ? { "content-type": "application/x-www-form-urlencoded", accept: "application/json" } : { accept: "application/json" },
      body: init?.form.toString(),
      redirect: "manual",
      cache: "no-store",
      signal: AbortSignal.timeout(config.timeoutMs),
    });
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
    throw new GatewayError(
      timedOut ? "timeout" : "connect",
      name,
      timedOut ? `no answer within ${config.timeoutMs} ms` : "could not connect",
    );
  }
  const body = await response.text().catch(() => "");
  if (!response.ok) throw new GatewayError("http", name, `HTTP ${response.status}`, response.status);
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new GatewayError("protocol", name, "the answer is not JSON", response.status);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new GatewayError("protocol", name, "the answer lacks expected fields", response.status);
  return parsed.data;
}

function credentials(config: SslcommerzConfig): Record<string, string> {
  return { store_id: config.storeId, store_passwd: config.storePassword, format: "json" };
}

/** Creates a checkout session; returns the gateway page to send the customer to. */
export async function createSession(
  config: SslcommerzConfig,
  request: SessionRequest,
): Promise<{ sessionKey: string; gatewayUrl: string }> {
  const form = new URLSearchParams({
    store_id: config.storeId,
    store_passwd: config.storePassword,
    total_amount: request.amount,
    currency: "BDT",
    tran_id: request.tranId,
    success_url: request.successUrl,
    fail_url: request.failUrl,
    cancel_url: request.cancelUrl,
    ipn_url: request.ipnUrl,
    cus_name: request.customer.name,
    cus_email: request.customer.email,
    cus_phone: request.customer.phone,
    cus_add1: "N/A",
    cus_city: "Dhaka",
    cus_country: "Bangladesh",
    shipping_method: "NO",
    product_name: "Wallet top-up",
    product_category: "Digital services",
    product_profile: "non-physical-goods",
  });
  const answer = await call(config, "session", "/gwprocess/v4/api.php", sessionAnswer, { form });
  if (answer.status.toUpperCase() !== "SUCCESS" || !answer.GatewayPageURL || !answer.sessionkey) {
    throw new GatewayError("rejected", "session", answer.failedreason?.slice(0, 200) || "the gateway refused the session");
  }
  return { sessionKey: answer.sessionkey, gatewayUrl: answer.GatewayPageURL };
}

/** The validation API: what SSLCommerz itself says about one val_id. */
export function validateTransaction(config: SslcommerzConfig, valId: string) {
  const query = new URLSearchParams({ val_id: valId, ...credentials(config), v: "1" });
  return call(config, "validation", `/validator/api/validationserverAPI.php?${query}`, validationAnswer);
}

/** Transaction query by our tran_id (every attempt the customer made for it). */
export function queryTransaction(config: SslcommerzConfig, tranId: string) {
  const query = new URLSearchParams({ tran_id: tranId, ...credentials(config) });
  return call(config, "query", `/validator/api/merchantTransIDvalidationAPI.php?${query}`, queryAnswer);
}

/** Asks for a refund of a completed transaction (by the bank's transaction id). */
export async function requestRefund(config: SslcommerzConfig, input: { bankTranId: string; amount: string; remarks: string }) {
  const query = new URLSearchParams({
    bank_tran_id: input.bankTranId,
    refund_amount: input.amount,
    refund_remarks: input.remarks.slice(0, 250),
    ...credentials(config),
  });
  const answer = await call(config, "refund", `/validator/api/merchantTransIDvalidationAPI.php?${query}`, refundAnswer);
  if (answer.APIConnect !== "DONE") throw new GatewayError("rejected", "refund", `APIConnect ${answer.APIConnect}`);
  return answer;
}

/** Where a refund stands (by the refund reference SSLCommerz gave). */
export async function queryRefund(config: SslcommerzConfig, refundRefId: string) {
  const query = new URLSearchParams({ refund_ref_id: refundRefId, ...credentials(config) });
  const answer = await call(config, "refund_query", `/validator/api/merchantTransIDvalidationAPI.php?${query}`, refundAnswer);
  if (answer.APIConnect !== "DONE") throw new GatewayError("rejected", "refund_query", `APIConnect ${answer.APIConnect}`);
  return answer;
}
