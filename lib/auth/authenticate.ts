import { db } from "@/lib/db";
import { hitRateLimit, clearRateLimit, type RateLimitRule } from "@/lib/cache/rate-limit";
import { AppError, tooManyRequests } from "@/lib/errors/app-error";
import { burnPasswordCheck, verifyPassword } from "./password";
import type { SessionClaimsSource } from "./auth.config";
import { signInSecondFactor } from "./two-factor/sign-in-second-factor";

export const SIGN_IN_PER_EMAIL: RateLimitRule = { name: "signin-email", limit: 5, windowSeconds: 15 * 60 };
export const SIGN_IN_PER_IP: RateLimitRule = { name: "signin-ip", limit: 30, windowSeconds: 15 * 60 };
export const SIGN_IN_KNOWN_DEVICE: RateLimitRule = { name: "signin-known-device", limit: 10, windowSeconds: 15 * 60 };

export type SignInFailure = "invalid" | "suspended" | "throttled" | "code_required" | "code_invalid";
export const SIGN_IN_FAILURES: readonly SignInFailure[] = ["invalid", "suspended", "throttled", "code_required", "code_invalid"];
export class SignInError extends AppError {
  constructor(
    public readonly reason: SignInFailure,
    retryAfterSeconds = 0,
  ) {
    const base =
      reason === "throttled"
        ? tooManyRequests(retryAfterSeconds)
        : reason === "suspended"
          ? new AppError("account_suspended", "This account is suspended.", 403)
          : reason === "code_required"
            ? new AppError("two_factor_code_required", "Enter the code from your authenticator app.", 401)
            : reason === "code_invalid"
              ? new AppError("two_factor_code_invalid", "Wrong or already used code.", 401)
              : new AppError("invalid_credentials", "Wrong e-mail or password.", 401);
    super(base.code, base.message, base.status, base.details);
  }
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Checks e-mail and password. Suspended users cannot sign in. The throttle depends on the browser:
 *
 * - A known device (it signed in to this account before; known-device.ts): 10 attempts per account
 *   per 15 minutes, counted apart from everyone else's. A stranger's guesses never reach this
 *   counter, so they cannot lock the owner out of their own browser.
 * - Any other browser: 5 attempts per account and 30 per IP per 15 minutes, shared by all of them,
 *   and refused even with the right password while over (else the limit would not slow guessing).
 *
 * A success resets only the counter it was counted under: the owner signing in does not give a
 * stranger five fresh guesses.
 *
 * An account with the second factor on then needs a code (`code`: TOTP or recovery, checked against
 * the clock `now`; two-factor/sign-in-second-factor.ts): without one the answer is `code_required`
 * and nothing is signed in, so the form asks for it and sends the password again with it.
 */
export async function authenticate(input: {
  email: string;
  password: string;
  ip: string;
  knownDevice?: boolean;
  code?: string;
  /** A sealed pass from this user's own session (two-factor/pass-carry.ts), instead of a code. */
  carry?: string;
  now?: Date;
}): Promise<SessionClaimsSource & { email: string; fullName: string; locale: string; secondFactorPassed: boolean }> {
  const email = normalizeEmail(input.email);
  const counter = input.knownDevice ? SIGN_IN_KNOWN_DEVICE : SIGN_IN_PER_EMAIL;
  const limits = await Promise.all([hitRateLimit(counter, email), ...(input.knownDevice ? [] : [hitRateLimit(SIGN_IN_PER_IP, input.ip)])]);
  if (limits.some((limit) => !limit.allowed)) {
    throw new SignInError("throttled", Math.max(...limits.map((limit) => limit.retryAfterSeconds)));
  }

  const user = await db.user.findUnique({ where: { email }, omit: { passwordHash: false } });
  if (!user) {
    await burnPasswordCheck(input.password);
    throw new SignInError("invalid");
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) throw new SignInError("invalid");
  if (user.status !== "ACTIVE") throw new SignInError("suspended");

  await clearRateLimit(counter, email);
  const secondFactorPassed = await signInSecondFactor(user, input);
  // For the users list; raw so the row's updated_at (an edit time) is left alone.
  await db.$executeRaw`UPDATE users SET last_sign_in_at = now() WHERE id = ${user.id}`;
  return {
    id: user.id,
    role: user.role,
    sessionVersion: user.sessionVersion,
    email: user.email,
    fullName: user.fullName,
    locale: user.locale,
    secondFactorPassed,
  };
}
