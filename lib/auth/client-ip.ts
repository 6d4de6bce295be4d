/**
 * The caller's IP, for throttling and audit. The RIGHTMOST x-forwarded-for entry is the one added by
 * the nearest proxy (Vercel sets a single value; nginx's $proxy_add_x_forwarded_for appends the real
 * peer), so a client cannot choose it by sending its own header through a proxy. Run behind a proxy:
 * Next.js only fills the header when it is missing.
 */
export function clientIp(headers: Headers): string {
  const hops = headers.get("x-forwarded-for")?.split(",").map((hop) => hop.trim()).filter(Boolean) ?? [];
  return hops[hops.length - 1] || headers.get("x-real-ip") || "unknown";
}
