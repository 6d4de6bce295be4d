import { db } from "@/lib/db";
import { REFERRAL_CODE_PATTERN } from "./referral-code";

/**
 * Who a new account was referred by, from the code its browser carried: the code's owner when that
 * account is active, else nobody (a suspended referrer earns no new sign-ups). Nobody refers themselves:
 * the new account has no code yet, and the database's CHECK refuses referred_by_id = id anyway.
 */
export async function referrerForCode(code: string | null | undefined): Promise<string | null> {
  if (!code || !REFERRAL_CODE_PATTERN.test(code)) return null;
  const owner = await db.user.findFirst({ where: { referralCode: code, status: "ACTIVE" }, select: { id: true } });
  return owner?.id ?? null;
}
