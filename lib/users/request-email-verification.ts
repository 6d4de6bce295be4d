import { createHash, randomBytes } from "node:crypto";
import { mailBrand } from "@/lib/brand/mail-brand";
import { hitRateLimit } from "@/lib/cache/rate-limit";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { tooManyRequests } from "@/lib/errors/app-error";
import { logger } from "@/lib/log/logger";
import { sendMail } from "@/lib/notifications/send-mail";
import { emailVerificationMail } from "@/lib/notifications/templates/email-verification";
import { VERIFY_RESEND_PER_USER } from "./rate-limits";

export const VERIFY_TOKEN_TTL_HOURS = 24;

export function hashVerificationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * Issues a single-use, expiring link for a user not yet verified and mails it. Issuing one spends the
 * user's older links (only the newest works). Returns false when there is nothing to do (verified,
 * gone). The token row commits before the mail goes out.
 */
export async function sendEmailVerification(userId: string): Promise<boolean> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, fullName: true, locale: true, emailVerifiedAt: true },
  });
  if (!user || user.emailVerifiedAt) return false;
  const token = randomBytes(32).toString("base64url");
  await db.$transaction([
    db.emailVerificationToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: new Date() } }),
    db.emailVerificationToken.create({
      data: { userId, tokenHash: hashVerificationToken(token), expiresAt: new Date(Date.now() + VERIFY_TOKEN_TTL_HOURS * 3_600_000) },
    }),
  ]);
  const link = new URL(`/verify-email?token=${token}`, env().APP_URL).toString();
  await sendMail({
    to: user.email,
    ...emailVerificationMail({
      name: user.fullName,
      link,
      locale: user.locale,
      hours: VERIFY_TOKEN_TTL_HOURS,
      brand: await mailBrand(user.locale),
    }),
  });
  return true;
}

/** After sign-up: the account already exists, so a failed mail is logged (the banner offers a resend), never thrown. */
export async function sendSignUpVerification(userId: string): Promise<void> {
  try {
    await sendEmailVerification(userId);
  } catch (error) {
    logger.error({ err: error, userId }, "sign-up verification mail failed");
  }
}

/** A signed-in user asks for a new link: at most 3 an hour. */
export async function resendEmailVerification(userId: string): Promise<{ sent: boolean }> {
  const limit = await hitRateLimit(VERIFY_RESEND_PER_USER, userId);
  if (!limit.allowed) throw tooManyRequests(limit.retryAfterSeconds);
  return { sent: await sendEmailVerification(userId) };
}
