import type { NextAuthConfig } from "next-auth";
import { env } from "@/lib/env";
import { sameSiteRedirect } from "./callback-url";
import type { RoleName } from "./permissions";

// Adapter-free part of the Auth.js config: safe for middleware.ts (no database, no hashing).
// A function, so the secret is read when a request comes, not when `next build` loads the module.
export const authConfig = () =>
  ({
    secret: env().AUTH_SECRET,
    trustHost: true,
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    // Auth.js's own errors (a refused or failed Google sign-in) come back to the sign-in page too.
    pages: { signIn: "/login", error: "/login" },
    providers: [],
    callbacks: {
      redirect: ({ url, baseUrl }) => sameSiteRedirect(url, baseUrl),
      jwt({ token, user }) {
        if (user) {
          const signedIn = user as SessionClaimsSource;
          token.sub = signedIn.id;
          token.role = signedIn.role;
          token.sv = signedIn.sessionVersion;
        }
        return token;
      },
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        session.user.role = token.role as RoleName;
        return session;
      },
    },
  }) satisfies NextAuthConfig;

export type SessionClaimsSource = { id: string; role: RoleName; sessionVersion: number };

declare module "next-auth" {
  interface Session {
    user: { id: string; role: RoleName; email?: string | null; name?: string | null };
  }
}
