import { db } from "@/lib/db";
import { checkSecondFactorCode } from "./check-code";
import { notOn, refusalFor } from "./errors";
import { replaceRecoveryCodes } from "./store-recovery-codes";

/** A new set of 10 recovery codes for a current code (the older ones stop working); returned once. */
export async function regenerateRecoveryCodes(
  userId: string,
  code: string,
  meta: { now?: Date } = {},
): Promise<{ recoveryCodes: string[] }> {
  const row = await db.user.findUnique({ where: { id: userId }, select: { totpEnabledAt: true } });
  if (!row?.totpEnabledAt) throw notOn();
  const check = await checkSecondFactorCode(userId, code, { now: meta.now });
  if (!check.ok) throw refusalFor(check);
  return { recoveryCodes: await db.$transaction((tx) => replaceRecoveryCodes(tx, userId)) };
}
