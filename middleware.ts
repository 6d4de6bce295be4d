import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authConfig } from "@/lib/auth/auth.config";

// The request gate: signed-out people and customers stay out of /admin, signed-out people out of
// /user. It is a first line only: every admin page, action and handler checks its permission itself.
const { auth } = NextAuth(authConfig());

const REQUEST_ID = /^[\w-]{8,64}$/;

export default auth((req) => {
  const { pathname, search } = req.nextUrl;
  const role = req.auth?.user?.role;
  const signedIn = Boolean(req.auth?.user?.id);

  const needsSignIn = pathname.startsWith("/admin") || pathname.startsWith("/user");
  if (needsSignIn && !signedIn) {
    const login = new URL("/login", req.nextUrl);
    login.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(login);
  }
  if (pathname.startsWith("/admin") && role === "CUSTOMER") {
    return NextResponse.redirect(new URL("/forbidden", req.nextUrl));
  }

  const given = req.headers.get("x-request-id");
  const requestId = given && REQUEST_ID.test(given) ? given : crypto.randomUUID();
  const headers = new Headers(req.headers);
  headers.set("x-request-id", requestId);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("x-request-id", requestId);
  return response;
});

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
