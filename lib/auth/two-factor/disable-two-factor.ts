import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { notFound } from "@/lib/errors/app-error";
import { secondFactorRequired } from "../staff-rules";
import { checkSecondFactorCode } from "./check-code";
import { notOn, refusalFor, staffNeedsTwoFactor } from "./errors";

type Meta = { now?: Date; ip?: string | null; requestId?: string | null };

/**
 * A customer turns their second factor off with a current code (from the app, or a recovery code):
 * the secret and the recovery codes go. Staff cannot: their role requires it (an admin may reset it,
 * after which they must set it up again).
 */
export async function disableTwoFactor(userId: string, code: string, meta: Meta = {}): Promise<{ disabled: true }> {
  const row = await db.user.findUnique({ where: { id: userId }, select: { role: true, totpEnabledAt: true } });
  if (!row) throw notFound("User");
  if (secondFactorRequired(row.role)) throw staffNeedsTwoFactor();
  if (!row.totpEnabledAt) throw notOn();
  const check = await checkSecondFactorCode(userId, code, { now: meta.now });
  if (!check.ok) throw refusalFor(check);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null } });
    await tx.recoveryCode.deleteMany({ where: { userId } });
    await recordAudit(tx, {
      actorId: userId,
      action: "user.two_factor_disable",
      objectType: "user",
      objectId: userId,
      before: { twoFactor: true },
      after: { twoFactor: false },
      ip: meta.ip,
      requestId: meta.requestId,
    });
  });
  return { disabled: true };
}
