import { NextResponse } from "next/server";
import { recordReferralVisit } from "@/lib/affiliates/record-referral-visit";
import { REFERRAL_COOKIE, referralCodeFromHeader } from "@/lib/affiliates/referral-cookie";
import { env } from "@/lib/env";
import { route } from "@/lib/http/route";

/**
 * A customer's referral link, /r/<code>: remembers the first referrer in an httpOnly cookie for
 * `affiliates.cookieDays`, counts that visit once, and opens the sign-up page. An unknown code, a browser
 * that already came through a link, or the referrer opening their own link: straight to sign-up,
 * nothing set or counted (lib/affiliates/record-referral-visit.ts).
 */
export const GET = route({ auth: "public" }, async ({ req, user }) => {
  const code = (new URL(req.url).pathname.split("/").pop() ?? "").toLowerCase();
  const visit = await recordReferralVisit(code, {
    userId: user?.id ?? null,
    hasReferral: referralCodeFromHeader(req.headers.get("cookie")) !== null,
  });
  // A relative Location: the browser resolves it against the address it used, whatever host reached us.
  const response = new NextResponse(null, { status: 303, headers: { location: "/register" } });
  if (visit.cookie) {
    response.cookies.set(REFERRAL_COOKIE, visit.cookie.code, {
      httpOnly: true,
      sameSite: "lax",
      secure: env().APP_URL.startsWith("https:"),
      path: "/",
      maxAge: visit.cookie.maxAgeSeconds,
    });
  }
  return response;
});
