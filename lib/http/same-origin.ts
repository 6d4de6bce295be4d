import { env } from "@/lib/env";
import { AppError } from "./errors";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export const crossOriginRefused = () =>
  new AppError("cross_origin", "origin: requests from other sites cannot change anything here", 403);

/**
 * CSRF guard for state changes that a browser could send with the session cookie. The allowed origin
 * is the panel's own (APP_URL) or the one the request itself names in Host.
 *
 * - Sec-Fetch-Site "cross-site" or "same-site" (another port or subdomain): refused.
 * - An Origin that is not ours, or "null" (sandboxed frames, redirects, file://): refused.
 * - Neither header: allowed. Every current browser sends Origin on a cross-origin POST (and
 *   Sec-Fetch-Site from secure contexts), so a request with neither comes from curl, a script or a
 *   server, which can only send a cookie its owner gave it.
 */
export function isSameOriginRequest(method: string, headers: Headers): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return true;
  const site = headers.get("sec-fetch-site");
  if (site === "cross-site" || site === "same-site") return false;
  const origin = headers.get("origin");
  if (origin === null) return true;
  return allowedOrigins(headers).has(origin.toLowerCase());
}

function allowedOrigins(headers: Headers): Set<string> {
  const app = new URL(env().APP_URL);
  const allowed = new Set([app.origin.toLowerCase()]);
  const host = headers.get("host");
  if (host && /^[\w.-]+(:\d+)?$|^\[[\d:a-f.]+\](:\d+)?$/i.test(host)) {
    allowed.add(`${app.protocol}//${host}`.toLowerCase());
    allowed.add(`${headers.get("x-forwarded-proto") === "https" ? "https" : "http"}://${host}`.toLowerCase());
  }
  return allowed;
}
