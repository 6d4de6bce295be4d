/** The caller's IP as seen through the reverse proxy (first x-forwarded-for hop), for throttling and audit. */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || "unknown";
}
