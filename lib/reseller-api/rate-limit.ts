import { hitRateLimit } from "@/lib/cache/rate-limit";
import { getSetting } from "@/lib/settings/settings";
import { API_ERRORS, ApiV2Error } from "./errors";

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
