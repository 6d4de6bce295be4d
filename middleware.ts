import NextAuth from "next-auth";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { authConfig } from "@/lib/auth/auth.config";
import { DEVELOPMENT_BUILD, env } from "@/lib/env";
import { gateRefusal } from "@/lib/http/gate-refusal";
import { LOCALE_COOKIE, LOCALE_HEADER, resolveLocale } from "@/lib/i18n/config";
import { newNonce, pageSecurityHeaders } from "@/lib/http/security-headers";

// The request gate: signed-out people and customers stay out of /admin, signed-out people out of
// /user. It is a first line only: every admin page, action and handler checks its permission itself.
const { auth } = NextAuth(authConfig());

const REQUEST_ID = /^[\w-]{8,64}$/;

/**
 * Passes the request on with its request id (given by a proxy, or new), echoed in the response. Pages
 * also get their security headers; the CSP goes on the request too, which is where Next finds the nonce.
 */
function withRequestId(req: NextRequest, options: { page: boolean }): NextResponse {
  const given = req.headers.get("x-request-id");
  const requestId = given && REQUEST_ID.test(given) ? given : crypto.randomUUID();
  const headers = new Headers(req.headers);
  headers.set("x-request-id", requestId);
  const security = options.page
    ? pageSecurityHeaders(newNonce(), { development: DEVELOPMENT_BUILD, uploadIngest: env().UPLOADTHING_INGEST_URL })
    : {};
  if (options.page) headers.set("content-security-policy", security["Content-Security-Policy"]);
  // ?lang=bn on a page link (the storefront's hreflang alternates) chooses the language, and keeps it.
  const lang = options.page ? resolveLocale(req.nextUrl.searchParams.get("lang")) : undefined;
  headers.delete(LOCALE_HEADER);
  if (lang) headers.set(LOCALE_HEADER, lang);
  const response = NextResponse.next({ request: { headers } });
  if (lang) response.cookies.set(LOCALE_COOKIE, lang, { path: "/", maxAge: 365 * 24 * 60 * 60, sameSite: "lax" });
  response.headers.set("x-request-id", requestId);
  for (const [name, value] of Object.entries(security)) response.headers.set(name, value);
  return response;
}

const gate = auth((req) => {
  const { pathname, search } = req.nextUrl;
  const role = req.auth?.user?.role;
  const signedIn = Boolean(req.auth?.user?.id);

  const needsSignIn = pathname.startsWith("/admin") || pathname.startsWith("/user");
  // The catalogue is public: a visitor with an old or shared /user/services link sees it at /services.
  if (pathname === "/user/services" && !signedIn) return NextResponse.redirect(new URL(`/services${search}`, req.nextUrl));
  if (needsSignIn && !signedIn) {
    const login = new URL("/login", req.nextUrl);
    login.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(login);
  }
  if (pathname.startsWith("/admin") && role === "CUSTOMER") {
    return NextResponse.redirect(new URL("/forbidden", req.nextUrl));
  }

  return withRequestId(req, { page: true });
});

/**
 * Auth.js re-issues the session cookie on every answer that passes the gate. Requests the page makes by
 * itself (router prefetches, server actions, API fetches) can be answered after "sign out" and would set
 * the old session back, so only document loads (Sec-Fetch-Dest: document) roll the session; a handler's
 * own cookies (sign-in, sign-out) are set by the handler and are not affected. Next strips its router
 * headers before middleware runs, so a prefetch cannot be told apart any other way.
 */
export default async function middleware(req: NextRequest, event: NextFetchEvent) {
  const refused = await gateRefusal(req);
  if (refused) return refused;
  // Route handlers (/api, and the public brand images at /brand) check everything themselves
  // (lib/http/route.ts) and reach the gate only with a percent-encoded path (config.matcher below):
  // running it on every API call cost about half of a do-nothing route's CPU, and on a POST the copy
  // of its body Next makes for middleware.
  const { pathname } = req.nextUrl;
  if (pathname.startsWith("/api/") || pathname.startsWith("/brand/")) return withRequestId(req, { page: false });
  // Auth.js types its wrapper as a route handler; as middleware it passes the second argument through untouched.
  const response = await gate(req, event as unknown as Parameters<typeof gate>[1]);
  if (response && req.headers.get("sec-fetch-dest") !== "document") response.headers.delete("set-cookie");
  return response;
}

export const config = {
  matcher: [
    "/((?!_next/static|_next/image|favicon.ico|robots.txt|api/|brand/).*)",
    // Route handlers (/api, /brand) check requests themselves (lib/http/route.ts); of theirs, only a path
    // with percent-encoding comes here, since Next answers a malformed one with a 500 before any handler.
    "/api/:path(.*%.*)",
    "/brand/:path(.*%.*)",
  ],
};
