import { authenticateApiKey } from "@/lib/api-keys/authenticate-api-key";
import { money } from "@/lib/money/money";
import { getSetting } from "@/lib/settings/settings";
import { addOrder } from "./actions/add";
import { balance } from "./actions/balance";
import { cancelOrders } from "./actions/cancel";
import { refillOrders } from "./actions/refill";
import { refillStatus } from "./actions/refill-status";
import { listServices } from "./actions/services";
import { orderStatus } from "./actions/status";
import type { ApiContext } from "./context";
import { API_ERRORS, ApiV2Error } from "@/lib/api-v2/errors";
import { badKeyBlockSeconds, checkApiRateLimit, countBadKey } from "./rate-limit";
import type { Fields } from "@/lib/api-v2/read-fields";
import type { WireCurrency } from "./wire";

export type ApiV2Reply = { status: number; json: unknown; retryAfterSeconds?: number; keyId?: string };

const ACTIONS: Record<string, (context: ApiContext) => Promise<unknown>> = {
  services: listServices,
  add: addOrder,
  status: orderStatus,
  refill: refillOrders,
  refill_status: refillStatus,
  cancel: cancelOrders,
  balance,
};

async function wireCurrency(caller: { currency: "BDT" | "USD"; dollarRate: string | null }): Promise<WireCurrency> {
  if (caller.currency === "BDT") return { currency: "BDT", bdtPerUsd: money(1) };
  return { currency: "USD", bdtPerUsd: money(caller.dollarRate ?? (await getSetting("exchange.bdtPerUsd"))) };
}

/**
 * One reseller API v2 request (docs/PROTOCOL.md): bad-key limit per client IP, key → customer, per-key
 * rate limit, then the action.
 * Refusals are `{"error": …}` with HTTP 200 (429 with Retry-After for the rate limit); unexpected
 * errors propagate to the route, which answers 500 and logs them.
 */
export async function handleApiV2Request(fields: Fields, idempotencyKey: string | null, ip: string): Promise<ApiV2Reply> {
  const blockedFor = await badKeyBlockSeconds(ip);
  if (blockedFor > 0) return { status: 429, json: { error: API_ERRORS.tooManyRequests }, retryAfterSeconds: blockedFor };
  const caller = await authenticateApiKey(fields.key);
  if (!caller) {
    await countBadKey(ip);
    return { status: 200, json: { error: API_ERRORS.badKey } };
  }
  try {
    await checkApiRateLimit(caller.keyId);
    const action = (fields.action ?? "").trim().toLowerCase();
    const run = Object.hasOwn(ACTIONS, action) ? ACTIONS[action] : undefined;
    if (!run) throw new ApiV2Error(API_ERRORS.badAction);
    const json = await run({ caller, wire: await wireCurrency(caller), fields, idempotencyKey });
    return { status: 200, json, keyId: caller.keyId };
  } catch (error) {
    if (!(error instanceof ApiV2Error)) throw error;
    return { status: error.status, json: { error: error.message }, retryAfterSeconds: error.retryAfterSeconds, keyId: caller.keyId };
  }
}
