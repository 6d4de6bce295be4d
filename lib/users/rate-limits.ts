import type { RateLimitRule } from "@/lib/cache/rate-limit";

export const REGISTER_PER_IP: RateLimitRule = { name: "register-ip", limit: 20, windowSeconds: 60 * 60 };
/** New verification links a signed-in user may ask for (the sign-up mail is not counted). */
export const VERIFY_RESEND_PER_USER: RateLimitRule = { name: "verify-resend-user", limit: 3, windowSeconds: 60 * 60 };
