import { getToken } from "next-auth/jwt";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { RoleName } from "./permissions";

export type SessionUser = {
  id: string;
  email: string;
  fullName: string;
  role: RoleName;
  locale: "en" | "bn";
  currency: "BDT" | "USD";
  /** The e-mail address is confirmed (lib/users/verify-email.ts); read with the rest, no extra query. */
  emailVerified: boolean;
};

type Claims = { sub?: string; sv?: unknown; sid?: unknown };

const SESSION_COOKIES = [
  { secureCookie: false, cookieName: "authjs.session-token" },
  { secureCookie: true, cookieName: "__Secure-authjs.session-token" },
] as const;

async function readClaims(headers: Headers): Promise<Claims | null> {
  for (const cookie of SESSION_COOKIES) {
    const token = await getToken({ req: { headers }, secret: env().AUTH_SECRET, ...cookie, salt: cookie.cookieName });
    if (token) return token as Claims;
  }
  return null;
}

/**
 * The signed-in user, re-read from the database on every request through the cookie's session row
 * (one query): a signed-out session (row gone), a suspended user, or a session older than the last
 * password change gets nothing even though its JWT is still valid.
 */
export async function userFromHeaders(headers: Headers): Promise<SessionUser | null> {
  const claims = await readClaims(headers);
  if (!claims?.sub || typeof claims.sid !== "string") return null;
  const session = await db.userSession.findUnique({
    where: { id: claims.sid },
    select: {
      user: {
        select: {
          id: true,
          email: true,
          fullName: true,
          role: true,
          locale: true,
          currency: true,
          status: true,
          sessionVersion: true,
          emailVerifiedAt: true,
        },
      },
    },
  });
  const user = session?.user;
  if (!user || user.id !== claims.sub || user.status !== "ACTIVE" || user.sessionVersion !== claims.sv) return null;
  return {
    id: user.id,
    email: user.email,
    fullName: user.fullName,
    role: user.role,
    locale: user.locale,
    currency: user.currency,
    emailVerified: user.emailVerifiedAt !== null,
  };
}
