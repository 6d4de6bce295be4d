import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

/**
 * "This browser has signed in to this account before": a cookie of HMAC tags, one per account
 * (keyed by AUTH_SECRET over the normalised e-mail), set after each successful password sign-in.
 * It proves nothing by itself (the password is still checked); it only chooses which throttle
 * applies (authenticate.ts), so that strangers' guesses cannot lock the owner out.
 */
export const KNOWN_DEVICE_COOKIE = "panel-known-device";
export const KNOWN_DEVICE_MAX_AGE = 365 * 24 * 60 * 60;
const MAX_ACCOUNTS = 5;

function tagFor(email: string): string {
  return createHmac("sha256", env().AUTH_SECRET).update(`known-device:${email}`).digest("base64url").slice(0, 22);
}

function tagsIn(value: string | undefined | null): string[] {
  return (value ?? "")
    .split(".")
    .filter((tag) => /^[\w-]{22}$/.test(tag))
    .slice(0, MAX_ACCOUNTS);
}

export function isKnownDevice(cookieValue: string | undefined | null, email: string): boolean {
  const expected = Buffer.from(tagFor(email));
  return tagsIn(cookieValue).some((tag) => timingSafeEqual(Buffer.from(tag), expected));
}

/** The cookie's new value: this account first, then up to four others this browser knows. */
export function rememberDevice(cookieValue: string | undefined | null, email: string): string {
  const tag = tagFor(email);
  return [tag, ...tagsIn(cookieValue).filter((known) => known !== tag)].slice(0, MAX_ACCOUNTS).join(".");
}

export function knownDeviceCookieFrom(cookieHeader: string | null): string | undefined {
  for (const part of (cookieHeader ?? "").split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === KNOWN_DEVICE_COOKIE) return value.join("=");
  }
  return undefined;
}
