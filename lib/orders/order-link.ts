/**
 * The one rule for an order's link, kept on every door (web form, create-orders, mass orders, API v2,
 * admin manual orders): at most 2,000 characters, no whitespace or control characters anywhere (a
 * provider refuses them, and the order would only come back refunded), an http(s) URL with a dotted host.
 */
export const LINK_MAX_LENGTH = 2000;

const FORBIDDEN = /[\s\u0000-\u001f\u007f-\u009f]/u;

export function isOrderLink(link: string): boolean {
  if (link.length === 0 || link.length > LINK_MAX_LENGTH || FORBIDDEN.test(link)) return false;
  try {
    const url = new URL(link);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}
