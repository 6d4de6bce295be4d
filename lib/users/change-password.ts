import { db } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { invalidField } from "@/lib/errors/app-error";

/** Changes a signed-in user's password; other sessions end (sessionVersion is bumped). */
export async function changePassword(userId: string, currentPassword: string, newPassword: string) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) {
    throw invalidField("currentPassword", "validation.account.notCurrentPassword");
  }
  if (currentPassword === newPassword) throw invalidField("newPassword", "validation.account.samePassword");
  const passwordHash = await hashPassword(newPassword);
  const updated = await db.user.update({
    where: { id: userId },
    data: { passwordHash, sessionVersion: { increment: 1 } },
    select: { id: true, role: true, sessionVersion: true },
  });
  return updated;
}
