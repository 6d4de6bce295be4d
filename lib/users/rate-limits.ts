import type { RateLimitRule } from "@/lib/cache/rate-limit";

export const REGISTER_PER_IP: RateLimitRule = { name: "register-ip", limit: 20, windowSeconds: 60 * 60 };
