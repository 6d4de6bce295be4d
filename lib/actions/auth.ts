"use server";

import { cookies } from "next/headers";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { REFERRAL_COOKIE, referralCodeFrom } from "@/lib/affiliates/referral-cookie";
import { hitRateLimit } from "@/lib/cache/rate-limit";
import { tooManyRequests } from "@/lib/errors/app-error";
import { REGISTER_PER_IP } from "@/lib/users/rate-limits";
import { SignInError } from "@/lib/auth/authenticate";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { signInWithCodeSchema } from "@/lib/auth/two-factor/schemas";
import { signInLanding } from "@/lib/auth/two-factor/sign-in-landing";
import { publicAction } from "@/lib/http/action";
import type { AppLocale } from "@/lib/i18n/config";
import { registerUser } from "@/lib/users/register-user";
import { requestPasswordReset } from "@/lib/users/request-password-reset";
import { resetPassword } from "@/lib/users/reset-password";
import { registerSchema, requestResetSchema, resetPasswordSchema } from "@/lib/users/schemas";

/**
 * Two steps for an account with the second factor on: the first (no code) is refused with
 * `two_factor_code_required` and signs nothing in; the form then sends the password again with the code.
 */
export const signInAction = publicAction
  .schema(signInWithCodeSchema.extend({ callbackUrl: z.string().max(500).optional() }))
  .action(async ({ email, password, code, callbackUrl }) => {
    await signInWithPassword(email, password, { code });
    return { redirectTo: await signInLanding(email, callbackUrl) };
  });

export const registerAction = publicAction
  .schema(registerSchema.extend({ callbackUrl: z.string().max(500).optional() }))
  .action(async ({ callbackUrl, ...input }, { ip }) => {
    const limit = await hitRateLimit(REGISTER_PER_IP, ip);
    if (!limit.allowed) throw tooManyRequests(limit.retryAfterSeconds);
    // The account keeps the language its owner registered in (their choice, or the panel's default).
    const referralCode = referralCodeFrom((await cookies()).get(REFERRAL_COOKIE)?.value);
    const user = await registerUser(input, { locale: (await getLocale()) as AppLocale, referralCode });
    try {
      await signInWithPassword(input.email, input.password);
    } catch (error) {
      // The account exists either way; if signing in is throttled right now, send them to sign in later.
      if (error instanceof SignInError) {
        const then = callbackUrl ? `&callbackUrl=${encodeURIComponent(safeRedirectPath(callbackUrl, "/user/dashboard"))}` : "";
        return { userId: user.userId, redirectTo: `/login?registered=1${then}` };
      }
      throw error;
    }
    // Where they were going (a service's Order on the public catalogue), or their dashboard.
    return { userId: user.userId, redirectTo: safeRedirectPath(callbackUrl, "/user/dashboard") };
  });

export const requestResetAction = publicAction.schema(requestResetSchema).action(async ({ email }) => {
  await requestPasswordReset(email);
  return { sent: true };
});

export const resetPasswordAction = publicAction.schema(resetPasswordSchema).action(async ({ token, newPassword }) => {
  await resetPassword(token, newPassword);
  return { reset: true };
});
