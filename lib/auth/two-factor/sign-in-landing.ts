import { db } from "@/lib/db";
import { normalizeEmail } from "../authenticate";
import { homeFor, safeRedirectPath } from "../safe-redirect";
import { secondFactorRequired, TWO_FACTOR_PAGE } from "../staff-rules";

/**
 * Where a sign-in lands: staff whose role requires the second factor and who have not set it up go to
 * set it up before anything else (every admin page, action and handler refuses them until then);
 * everyone else goes where they were going, or to their home.
 */
export async function signInLanding(email: string, callbackUrl: string | undefined): Promise<string> {
  const user = await db.user.findUnique({ where: { email: normalizeEmail(email) }, select: { role: true, totpEnabledAt: true } });
  const role = user?.role ?? "CUSTOMER";
  if (secondFactorRequired(role) && !user?.totpEnabledAt) return TWO_FACTOR_PAGE;
  return safeRedirectPath(callbackUrl, homeFor(role));
}
