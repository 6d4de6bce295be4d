import { db } from "@/lib/db";
import { clearRateLimit, hitRateLimit } from "@/lib/cache/rate-limit";
import { decryptSecret } from "@/lib/crypto/secret-box";
import { TWO_FACTOR_KNOWN_DEVICE, TWO_FACTOR_PER_ACCOUNT } from "./limits";
import { hashRecoveryCode, normalizeRecoveryCode } from "./recovery-code-rules";
import { looksLikeTotpCode, matchingStep } from "./totp-rules";

export type CodeCheck =
  | { ok: true; kind: "totp" | "recovery" }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/**
 * A code of an account whose second factor is on: a TOTP code is taken once (its time step must be
 * newer than the last one taken, in one conditional UPDATE, so two requests with the same code cannot
 * both pass), a recovery code once (marked used in one conditional UPDATE). Throttled per account
 * (limits.ts), counted before checking; a success clears the counter.
 */
export async function checkSecondFactorCode(
  userId: string,
  code: string,
  options: { now?: Date; knownDevice?: boolean; allowRecovery?: boolean } = {},
): Promise<CodeCheck> {
  const rule = options.knownDevice ? TWO_FACTOR_KNOWN_DEVICE : TWO_FACTOR_PER_ACCOUNT;
  const limit = await hitRateLimit(rule, userId);
  if (!limit.allowed) return { ok: false, reason: "throttled", retryAfterSeconds: limit.retryAfterSeconds };

  const kind = looksLikeTotpCode(code) ? "totp" : "recovery";
  const passed =
    kind === "totp"
      ? await takeTotpStep(userId, code, options.now ?? new Date())
      : options.allowRecovery !== false && (await takeRecoveryCode(userId, code));
  if (!passed) return { ok: false, reason: "invalid" };
  await clearRateLimit(rule, userId);
  return { ok: true, kind };
}

async function takeTotpStep(userId: string, code: string, now: Date): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { totpSecret: true, totpEnabledAt: true } });
  if (!user?.totpSecret || !user.totpEnabledAt) return false;
  const step = matchingStep(decryptSecret(user.totpSecret), code, now);
  if (step === null) return false;
  const taken = await db.$executeRaw`
    UPDATE users SET totp_last_step = ${step}
    WHERE id = ${userId} AND totp_enabled_at IS NOT NULL AND (totp_last_step IS NULL OR totp_last_step < ${step})`;
  return taken === 1;
}

async function takeRecoveryCode(userId: string, code: string): Promise<boolean> {
  const normalized = normalizeRecoveryCode(code);
  if (!normalized) return false;
  const used = await db.$executeRaw`
    UPDATE recovery_codes SET used_at = now()
    WHERE user_id = ${userId} AND code_hash = ${hashRecoveryCode(normalized)} AND used_at IS NULL`;
  return used === 1;
}
