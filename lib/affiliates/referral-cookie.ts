import { REFERRAL_CODE_PATTERN } from "./referral-code";

/** The first-touch referral cookie: the referrer's code, httpOnly, for `affiliates.cookieDays`. */
export const REFERRAL_COOKIE = "ref";

/** The code a browser's referral cookie holds, if it looks like one (what it names is checked at sign-up). */
export function referralCodeFrom(value: string | undefined | null): string | null {
  return value && REFERRAL_CODE_PATTERN.test(value) ? value : null;
}

/** The referral code in a raw Cookie header (route handlers get the request, not Next's cookie store). */
export function referralCodeFromHeader(cookieHeader: string | null): string | null {
  for (const part of (cookieHeader ?? "").split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === REFERRAL_COOKIE) return referralCodeFrom(value.join("="));
  }
  return null;
}
