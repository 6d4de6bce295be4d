const BASE = "http://panel.invalid";

/**
 * Only paths on this site are followed after sign-in (no open redirects). The target is read the way
 * a browser reads a Location: tabs and line breaks are dropped and `\` counts as `/`, so "/\t/evil"
 * or "/\\evil" become "//evil" and are refused. What is returned is the re-serialised path, never
 * the raw input.
 */
export function safeRedirectPath(target: string | undefined | null, fallback: string): string {
  if (!target) return fallback;
  const cleaned = target.replace(/[\t\n\r]/g, "").replace(/\\/g, "/");
  if (!cleaned.startsWith("/") || cleaned.startsWith("//")) return fallback;
  let url: URL;
  try {
    url = new URL(cleaned, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

export function homeFor(role: string): string {
  return role === "CUSTOMER" ? "/user/dashboard" : "/admin";
}
