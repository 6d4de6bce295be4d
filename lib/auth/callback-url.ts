// Auth.js answers 500 (InvalidCallbackUrl) to a callbackUrl, in the query or its cookie, that is not
// an http(s) URL or a path; the handler refuses those with a 400 first.
const CALLBACK_COOKIES = ["authjs.callback-url", "__Secure-authjs.callback-url"];

/** Auth.js's own test (assert.js isValidHttpUrl): a path, or an absolute http(s) URL. */
export function isValidCallbackUrl(url: string, origin: string): boolean {
  try {
    return /^https?:/.test(new URL(url, url.startsWith("/") ? origin : undefined).protocol);
  } catch {
    return false;
  }
}

function cookieValue(header: string, name: string): string | undefined {
  for (const part of header.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) {
      try {
        return decodeURIComponent(rest.join("="));
      } catch {
        return rest.join("=");
      }
    }
  }
  return undefined;
}

/** The source ("callbackUrl" or the cookie's name) of a callback URL Auth.js would refuse, or null. */
export function badCallbackUrl(req: Request): string | null {
  const url = new URL(req.url);
  const param = url.searchParams.get("callbackUrl");
  if (param && !isValidCallbackUrl(param, url.origin)) return "callbackUrl";
  const cookies = req.headers.get("cookie") ?? "";
  for (const name of CALLBACK_COOKIES) {
    const value = cookieValue(cookies, name);
    if (value && !isValidCallbackUrl(value, url.origin)) return name;
  }
  return null;
}

/** Where Auth.js may send someone after sign-in or sign-out: this site only, never a throw. */
export function sameSiteRedirect(url: string, baseUrl: string): string {
  if (url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\")) return `${baseUrl}${url}`;
  try {
    return new URL(url).origin === baseUrl ? url : baseUrl;
  } catch {
    return baseUrl;
  }
}
