import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { clearRateLimit, hitRateLimit } from "@/lib/cache/rate-limit";
import { decryptSecret } from "@/lib/crypto/secret-box";
import { notFound, tooManyRequests } from "@/lib/errors/app-error";
import { alreadyOn, notEnrolling, wrongCode } from "./errors";
import { TWO_FACTOR_PER_ACCOUNT } from "./limits";
import { replaceRecoveryCodes } from "./store-recovery-codes";
import { matchingStep } from "./totp-rules";

type Meta = { now?: Date; ip?: string | null; requestId?: string | null };

/**
 * Turns the second factor on with a code from the app the secret was just added to: that code's step
 * is taken (it cannot sign in later), 10 recovery codes are made (returned once, kept as hashes), and
 * the session that confirmed counts as passed from now on, so staff reach the admin at once. Two
 * confirmations at once, or one racing a restart, turn it on at most once (a guarded UPDATE).
 */
export async function confirmEnrolment(
  user: { id: string; sessionId: string },
  code: string,
  meta: Meta = {},
): Promise<{ recoveryCodes: string[] }> {
  const row = await db.user.findUnique({ where: { id: user.id }, select: { totpSecret: true, totpEnabledAt: true } });
  if (!row) throw notFound("User");
  if (row.totpEnabledAt) throw alreadyOn();
  if (!row.totpSecret) throw notEnrolling();
  const limit = await hitRateLimit(TWO_FACTOR_PER_ACCOUNT, user.id);
  if (!limit.allowed) throw tooManyRequests(limit.retryAfterSeconds);
  const step = matchingStep(decryptSecret(row.totpSecret), code, meta.now ?? new Date());
  if (step === null) throw wrongCode();

  const recoveryCodes = await db.$transaction(async (tx) => {
    const enabledAt = new Date();
    const { count } = await tx.user.updateMany({
      where: { id: user.id, totpEnabledAt: null, totpSecret: row.totpSecret },
      data: { totpEnabledAt: enabledAt, totpLastStep: step },
    });
    if (count !== 1) throw notEnrolling();
    const codes = await replaceRecoveryCodes(tx, user.id);
    // The same instant as totp_enabled_at: session.ts counts a pass at or after it.
    await tx.userSession.updateMany({ where: { id: user.sessionId, userId: user.id }, data: { secondFactorAt: enabledAt } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "user.two_factor_enable",
      objectType: "user",
      objectId: user.id,
      before: { twoFactor: false },
      after: { twoFactor: true },
      ip: meta.ip,
      requestId: meta.requestId,
    });
    return codes;
  });
  await clearRateLimit(TWO_FACTOR_PER_ACCOUNT, user.id);
  return { recoveryCodes };
}
