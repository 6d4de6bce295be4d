import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors/app-error";

type Actor = { id: string; ip?: string | null; requestId?: string | null };

/**
 * An admin resets another user's second factor (a lost phone and lost recovery codes): the secret,
 * its last step and the recovery codes go, audited with the admin as actor. No session of theirs
 * counts as passed any more (session.ts compares against totp_enabled_at); staff must set it up again
 * before they reach the admin. Not for one's own account: that is turned off with a code.
 */
export async function resetTwoFactor(userId: string, actor: Actor): Promise<{ userId: string; reset: boolean }> {
  if (userId === actor.id) throw new AppError("self_change", "userId: you cannot reset your own two-factor sign-in here", 422);
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { totpSecret: true, totpEnabledAt: true } });
    if (!before) throw notFound("User");
    if (!before.totpSecret && !before.totpEnabledAt) return { userId, reset: false };
    const recoveryCodesLeft = await tx.recoveryCode.count({ where: { userId, usedAt: null } });
    await tx.user.update({ where: { id: userId }, data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null } });
    await tx.recoveryCode.deleteMany({ where: { userId } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.two_factor_reset",
      objectType: "user",
      objectId: userId,
      before: { twoFactor: before.totpEnabledAt !== null, recoveryCodesLeft },
      after: { twoFactor: false, recoveryCodesLeft: 0 },
      ip: actor.ip,
      requestId: actor.requestId,
    });
    return { userId, reset: true };
  });
}
