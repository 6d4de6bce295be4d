import type { RateLimitRule } from "@/lib/cache/rate-limit";

/**
 * Codes are throttled like the password (lib/auth/authenticate.ts): 5 tries per account in 15 minutes
 * from any browser, 10 from a browser that signed in to the account before (counted apart, so a
 * stranger who has the password cannot lock the owner out of their own browser). A try while over the
 * limit is refused even with the right code. Every code check counts here: sign-in, turning it off,
 * new recovery codes, and confirming a session.
 */
export const TWO_FACTOR_PER_ACCOUNT: RateLimitRule = { name: "2fa-account", limit: 5, windowSeconds: 15 * 60 };
export const TWO_FACTOR_KNOWN_DEVICE: RateLimitRule = { name: "2fa-known-device", limit: 10, windowSeconds: 15 * 60 };
