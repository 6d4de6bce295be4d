import { db } from "@/lib/db";
import { checkSecondFactorCode } from "./check-code";
import { notOn, refusalFor } from "./errors";

/**
 * A signed-in session that has not passed the second factor (it began before the factor was turned
 * on, e.g. after an admin's reset and a setup elsewhere) passes it now with a current code.
 */
export async function passSecondFactor(
  user: { id: string; sessionId: string },
  code: string,
  meta: { now?: Date } = {},
): Promise<{ passed: true }> {
  const row = await db.user.findUnique({ where: { id: user.id }, select: { totpEnabledAt: true } });
  if (!row?.totpEnabledAt) throw notOn();
  const check = await checkSecondFactorCode(user.id, code, { now: meta.now });
  if (!check.ok) throw refusalFor(check);
  await db.userSession.updateMany({ where: { id: user.sessionId, userId: user.id }, data: { secondFactorAt: new Date() } });
  return { passed: true };
}
