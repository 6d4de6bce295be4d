import { db } from "@/lib/db";
import { hitRateLimit, clearRateLimit, type RateLimitRule } from "@/lib/cache/rate-limit";
import { AppError, tooManyRequests } from "@/lib/http/errors";
import { burnPasswordCheck, verifyPassword } from "./password";
import type { SessionClaimsSource } from "./auth.config";

export const SIGN_IN_PER_EMAIL: RateLimitRule = { name: "signin-email", limit: 5, windowSeconds: 15 * 60 };
export const SIGN_IN_PER_IP: RateLimitRule = { name: "signin-ip", limit: 30, windowSeconds: 15 * 60 };

export type SignInFailure = "invalid" | "suspended" | "throttled";
export class SignInError extends AppError {
  constructor(public readonly reason: SignInFailure, retryAfterSeconds = 0) {
    const base =
      reason === "throttled"
        ? tooManyRequests(retryAfterSeconds)
        : reason === "suspended"
          ? new AppError("account_suspended", "This account is suspended.", 403)
          : new AppError("invalid_credentials", "Wrong e-mail or password.", 401);
    super(base.code, base.message, base.status, base.details);
  }
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Checks e-mail and password, throttled per e-mail and per IP. Suspended users cannot sign in. */
export async function authenticate(input: { email: string; password: string; ip: string }): Promise<
  SessionClaimsSource & { email: string; fullName: string; locale: string }
> {
  const email = normalizeEmail(input.email);
  const [byEmail, byIp] = await Promise.all([
    hitRateLimit(SIGN_IN_PER_EMAIL, email),
    hitRateLimit(SIGN_IN_PER_IP, input.ip),
  ]);
  if (!byEmail.allowed || !byIp.allowed) {
    throw new SignInError("throttled", Math.max(byEmail.retryAfterSeconds, byIp.retryAfterSeconds));
  }

  const user = await db.user.findUnique({ where: { email }, omit: { passwordHash: false } });
  if (!user) {
    await burnPasswordCheck(input.password);
    throw new SignInError("invalid");
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) throw new SignInError("invalid");
  if (user.status !== "ACTIVE") throw new SignInError("suspended");

  await clearRateLimit(SIGN_IN_PER_EMAIL, email);
  return {
    id: user.id,
    role: user.role,
    sessionVersion: user.sessionVersion,
    email: user.email,
    fullName: user.fullName,
    locale: user.locale,
  };
}
