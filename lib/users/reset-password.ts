import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors/app-error";
import { hashResetToken } from "./request-password-reset";

export const invalidResetToken = () =>
  new AppError("invalid_token", "token: this reset link is invalid, expired or already used", 400, {
    fields: { token: ["invalid, expired or already used"] },
  });

/** Sets a new password with a reset token. The token is spent by a guarded update, so it works once. */
export async function resetPassword(token: string, newPassword: string): Promise<{ email: string }> {
  const passwordHash = await hashPassword(newPassword);
  return db.$transaction(async (tx) => {
    const tokenHash = hashResetToken(token);
    const spent = await tx.passwordResetToken.updateMany({
      where: { tokenHash, usedAt: null, expiresAt: { gt: new Date() } },
      data: { usedAt: new Date() },
    });
    if (spent.count !== 1) throw invalidResetToken();
    const { userId } = await tx.passwordResetToken.findUniqueOrThrow({ where: { tokenHash }, select: { userId: true } });
    const user = await tx.user.update({
      where: { id: userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { email: true },
    });
    // Any other outstanding links for this user die with this one.
    await tx.passwordResetToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: new Date() } });
    return user;
  });
}
