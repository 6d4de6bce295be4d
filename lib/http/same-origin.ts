import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** GET, HEAD and OPTIONS change nothing (every handler here keeps to that). */
export function isReadOnlyMethod(method: string): boolean {
  return SAFE_METHODS.has(method.toUpperCase());
}

export const crossOriginRefused = () => new AppError("cross_origin", "origin: requests from other sites cannot change anything here", 403);

/**
 * CSRF guard for state changes that a browser could send with the session cookie. The allowed origin
 * is the panel's own (APP_URL) or the one the request itself was sent to (Host, X-Forwarded-Host).
 *
 * - Sec-Fetch-Site "cross-site" or "same-site" (another port or subdomain): refused.
 * - An Origin that is not ours, or "null" (sandboxed frames, redirects, file://): refused.
 * - Neither header: allowed. Every current browser sends Origin on a cross-origin POST (and
 *   Sec-Fetch-Site from secure contexts), so a request with neither comes from curl, a script or a
 *   server, which can only send a cookie its owner gave it.
 */
export function isSameOriginRequest(method: string, headers: Headers): boolean {
  if (isReadOnlyMethod(method)) return true;
  const site = headers.get("sec-fetch-site");
  if (site === "cross-site" || site === "same-site") return false;
  const origin = headers.get("origin");
  if (origin === null) return true;
  const host = URL.canParse(origin) ? new URL(origin).host.toLowerCase() : null;
  return host !== null && host !== "" && allowedHosts(headers).has(host);
}

/**
 * APP_URL's host, and the host the request was sent to: Host, or the X-Forwarded-Host a proxy in front
 * sets. Hosts are compared, not schemes, as Next's own server-action check does (a proxy may end TLS).
 * A page elsewhere cannot add X-Forwarded-Host to a request without a CORS preflight, never granted here.
 */
function allowedHosts(headers: Headers): Set<string> {
  const allowed = new Set([new URL(env().APP_URL).host.toLowerCase()]);
  for (const host of [headers.get("host"), headers.get("x-forwarded-host")?.split(",")[0]?.trim()]) {
    if (host && /^[\w.-]+(:\d+)?$|^\[[\d:a-f.]+\](:\d+)?$/i.test(host)) allowed.add(host.toLowerCase());
  }
  return allowed;
}
