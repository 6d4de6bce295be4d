import { createHash, randomBytes } from "node:crypto";
import { mailBrand } from "@/lib/brand/mail-brand";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { hitRateLimit, type RateLimitRule } from "@/lib/cache/rate-limit";
import { sendMail } from "@/lib/notifications/send-mail";
import { passwordResetMail } from "@/lib/notifications/templates/password-reset";

export const RESET_TOKEN_TTL_MINUTES = 30;
const RESET_PER_EMAIL: RateLimitRule = { name: "reset-email", limit: 3, windowSeconds: 60 * 60 };

export function hashResetToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * Sends a single-use, expiring reset link if the e-mail has an account. The answer is the same
 * either way, so the form cannot be used to find out who has an account.
 */
export async function requestPasswordReset(email: string): Promise<void> {
  const limit = await hitRateLimit(RESET_PER_EMAIL, email);
  if (!limit.allowed) return;
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, fullName: true, locale: true, status: true },
  });
  if (!user || user.status !== "ACTIVE") return;

  const token = randomBytes(32).toString("base64url");
  await db.passwordResetToken.create({
    data: {
      userId: user.id,
      tokenHash: hashResetToken(token),
      expiresAt: new Date(Date.now() + RESET_TOKEN_TTL_MINUTES * 60_000),
    },
  });
  const link = new URL(`/reset-password?token=${token}`, env().APP_URL).toString();
  await sendMail({
    to: user.email,
    ...passwordResetMail({
      name: user.fullName,
      link,
      locale: user.locale,
      minutes: RESET_TOKEN_TTL_MINUTES,
      brand: await mailBrand(user.locale),
    }),
  });
}
