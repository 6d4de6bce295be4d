import { db } from "@/lib/db";
import { getSetting } from "@/lib/settings/settings";
import { REFERRAL_CODE_PATTERN } from "./referral-code";

export type ReferralVisit = { cookie: { code: string; maxAgeSeconds: number } | null };

/**
 * A visit through /r/<code>. First touch wins: a browser that already holds a referral cookie keeps it
 * and is not counted again. Otherwise the code's owner (an active account, and not the signed-in visitor
 * themselves) gets one visit, counted with one atomic UPDATE, and the browser is given the cookie.
 * An unknown code, a suspended owner or one's own link: no cookie, no visit.
 */
export async function recordReferralVisit(code: string, visitor: { userId: string | null; hasReferral: boolean }): Promise<ReferralVisit> {
  if (visitor.hasReferral || !REFERRAL_CODE_PATTERN.test(code)) return { cookie: null };
  const counted = await db.$executeRaw`
    UPDATE users SET referral_visits = referral_visits + 1
     WHERE referral_code = ${code} AND status = 'ACTIVE' AND id <> ${visitor.userId ?? ""}`;
  if (counted === 0) return { cookie: null };
  const days = await getSetting("affiliates.cookieDays");
  return { cookie: { code, maxAgeSeconds: days * 24 * 60 * 60 } };
}
