import { hitRateLimit } from "@/lib/cache/rate-limit";
import { getSetting } from "@/lib/settings/settings";
import { API_ERRORS, ApiV2Error } from "./errors";

/**
 * Per-key limit (setting api.requestsPerMinute, default 120) in the shared counter store (Upstash when
 * configured, in-process otherwise). Over it: HTTP 429, Retry-After and the protocol's error.
 */
export async function checkApiRateLimit(keyId: string): Promise<void> {
  const limit = await getSetting("api.requestsPerMinute");
  const result = await hitRateLimit({ name: "api-v2", limit, windowSeconds: 60 }, keyId);
  if (!result.allowed) throw new ApiV2Error(API_ERRORS.tooManyRequests, 429, result.retryAfterSeconds);
}
