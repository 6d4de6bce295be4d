/** Only same-site paths are followed after sign-in (no open redirects). */
export function safeRedirectPath(target: string | undefined | null, fallback: string): string {
  if (!target || !target.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")) return fallback;
  return target;
}

export function homeFor(role: string): string {
  return role === "CUSTOMER" ? "/user/dashboard" : "/admin";
}
