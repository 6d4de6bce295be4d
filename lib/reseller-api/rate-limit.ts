import { hitRateLimit, peekRateLimit, type RateLimitRule } from "@/lib/cache/rate-limit";
import { getSetting } from "@/lib/settings/settings";
import { API_ERRORS, ApiV2Error } from "@/lib/api-v2/errors";

/** The setting is read at most every few seconds per process: one query less on every API call. */
const SETTING_TTL_MS = 5_000;
let cachedLimit: { limit: number; until: number } | undefined;

async function requestsPerMinute(): Promise<number> {
  const now = Date.now();
  if (cachedLimit && cachedLimit.until > now) return cachedLimit.limit;
  const limit = await getSetting("api.requestsPerMinute");
  cachedLimit = { limit, until: now + SETTING_TTL_MS };
  return limit;
}

/**
 * Per-key limit (setting api.requestsPerMinute, default 120; a change applies within 5 s) in the
 * shared counter store (Upstash when configured, in-process otherwise). Over it: HTTP 429,
 * Retry-After and the protocol's error.
 */
export async function checkApiRateLimit(keyId: string): Promise<void> {
  const limit = await requestsPerMinute();
  const result = await hitRateLimit({ name: "api-v2", limit, windowSeconds: 60 }, keyId);
  if (!result.allowed) throw new ApiV2Error(API_ERRORS.tooManyRequests, 429, result.retryAfterSeconds);
}

/**
 * Unknown, revoked or malformed keys, per client IP: each costs a database lookup, so a client that
 * sends 30 of them in a minute is answered 429 with Retry-After, without a lookup, until the minute
 * ends. (Guessing a 256-bit key is hopeless anyway; this is about load.)
 */
export const API_BAD_KEYS_PER_IP: RateLimitRule = { name: "api-v2-bad-key", limit: 30, windowSeconds: 60 };

/** Seconds until this client may try keys again; 0 when it may now. */
export async function badKeyBlockSeconds(ip: string): Promise<number> {
  const result = await peekRateLimit(API_BAD_KEYS_PER_IP, ip);
  return result.allowed ? 0 : Math.max(1, result.retryAfterSeconds);
}

export async function countBadKey(ip: string): Promise<void> {
  await hitRateLimit(API_BAD_KEYS_PER_IP, ip);
}
