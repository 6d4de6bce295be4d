import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { hashVerificationToken } from "./request-email-verification";

export const invalidVerificationToken = () =>
  new AppError("invalid_verification_token", "token: this confirmation link is invalid, expired or already used", 400, {
    fields: { token: ["invalid, expired or already used"] },
  });

export type VerificationTokenState = "valid" | "invalid";

/** Whether a link can still be used, without spending it (the page shows its confirm button or why not). */
export async function verificationTokenState(token: string): Promise<VerificationTokenState> {
  if (!token) return "invalid";
  const row = await db.emailVerificationToken.findUnique({
    where: { tokenHash: hashVerificationToken(token) },
    select: { usedAt: true, expiresAt: true },
  });
  return row && !row.usedAt && row.expiresAt > new Date() ? "valid" : "invalid";
}

/** Confirms the e-mail with a link's token. The token is spent by a guarded update, so it works once. */
export async function verifyEmail(token: string): Promise<{ email: string }> {
  return db.$transaction(async (tx) => {
    const tokenHash = hashVerificationToken(token);
    const spent = await tx.emailVerificationToken.updateMany({
      where: { tokenHash, usedAt: null, expiresAt: { gt: new Date() } },
      data: { usedAt: new Date() },
    });
    if (spent.count !== 1) throw invalidVerificationToken();
    const { userId } = await tx.emailVerificationToken.findUniqueOrThrow({ where: { tokenHash }, select: { userId: true } });
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, emailVerifiedAt: true } });
    if (!user.emailVerifiedAt) await tx.user.update({ where: { id: userId }, data: { emailVerifiedAt: new Date() } });
    return { email: user.email };
  });
}

/**
 * Ordering needs a confirmed e-mail only when the panel says so (accounts.unverifiedMayOrder off).
 * Orders an admin places for a customer are never refused for this.
 */
export function assertMayOrder(emailVerified: boolean, source: "web" | "mass" | "api" | "admin", unverifiedMayOrder: boolean): void {
  if (source === "admin" || unverifiedMayOrder || emailVerified) return;
  throw emailUnverified();
}

export const emailUnverified = () =>
  new AppError("email_unverified", "Confirm your e-mail address before placing orders (see the link we e-mailed you).", 403);
