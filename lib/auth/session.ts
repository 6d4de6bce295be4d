import { LRUCache } from "lru-cache";
import { getToken } from "next-auth/jwt";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { RoleName } from "./permissions";
import { mayActAsCustomer } from "./staff-rules";

export type SessionUser = {
  id: string;
  email: string;
  fullName: string;
  role: RoleName;
  locale: "en" | "bn";
  currency: "BDT" | "USD";
  /** The e-mail address is confirmed (lib/users/verify-email.ts); read with the rest, no extra query. */
  emailVerified: boolean;
  /** The server-side session row behind the cookie. */
  sessionId: string;
  /** Second factor: turned on for the account, and passed by this session since it was turned on. */
  twoFactor: { enabled: boolean; passed: boolean };
  /**
   * Set while an admin acts as this customer (lib/auth/acting): the rest of this object is the
   * customer, and nothing may change (guards.ts refuses every state change).
   */
  actingAdmin: { id: string; fullName: string } | null;
};

type Claims = { sub?: string; sv?: unknown; sid?: unknown; exp?: number };

const SESSION_COOKIES = [
  { secureCookie: false, cookieName: "authjs.session-token" },
  { secureCookie: true, cookieName: "__Secure-authjs.session-token" },
] as const;

/**
 * Decrypted session cookies, by the cookie's own text, until the token expires. Decrypting the JWE
 * (a key derived and imported per call) was about a tenth of the CPU an order placed over HTTP cost;
 * the claims of one cookie never change, and the session row is still read on every request, so a
 * sign-out, a suspension or a password change still takes effect at once. Bounded: the least recently
 * used are dropped. Only cookies that decrypted are kept, so nobody can fill it with forgeries.
 */
const decrypted = new LRUCache<string, Claims>({ max: 10_000 });

/** The session cookies of a request (with Auth.js's chunks), as one key; null when there is none. */
function sessionCookieText(headers: Headers): string | null {
  const cookie = headers.get("cookie");
  if (!cookie) return null;
  const parts = cookie
    .split(";")
    .map((part) => part.trim())
    .filter((part) => SESSION_COOKIES.some(({ cookieName }) => part.startsWith(cookieName)));
  return parts.length ? parts.sort().join("; ") : null;
}

async function readClaims(headers: Headers): Promise<Claims | null> {
  const text = sessionCookieText(headers);
  if (!text) return null;
  const known = decrypted.get(text);
  if (known) return known;
  for (const cookie of SESSION_COOKIES) {
    const token = (await getToken({ req: { headers }, secret: env().AUTH_SECRET, ...cookie, salt: cookie.cookieName })) as Claims | null;
    if (!token) continue;
    const ttl = typeof token.exp === "number" ? token.exp * 1000 - Date.now() : 0;
    if (ttl > 0) decrypted.set(text, token, { ttl });
    return token;
  }
  return null;
}

type UserRow = {
  id: string;
  email: string;
  fullName: string;
  role: RoleName;
  locale: "en" | "bn";
  currency: "BDT" | "USD";
  status: string;
  sessionVersion: number;
  emailVerifiedAt: Date | null;
  totpEnabledAt: Date | null;
};

/** UserRow's fields and the columns session_with_users answers them in, after the alias ("u_email"). */
const USER_COLUMNS: Record<keyof UserRow, string> = {
  id: "id",
  email: "email",
  fullName: "full_name",
  role: "role",
  locale: "locale",
  currency: "currency",
  status: "status",
  sessionVersion: "session_version",
  emailVerifiedAt: "email_verified_at",
  totpEnabledAt: "totp_enabled_at",
};
const USER_FIELDS = Object.entries(USER_COLUMNS) as [keyof UserRow, string][];

function userRow(row: Record<string, unknown>, alias: "u" | "a"): UserRow | null {
  if (row[`${alias}_id`] == null) return null;
  return Object.fromEntries(USER_FIELDS.map(([field, column]) => [field, row[`${alias}_${column}`]])) as UserRow;
}

function secondFactorPassed(user: UserRow, passedAt: Date | null): boolean {
  return user.totpEnabledAt !== null && passedAt !== null && passedAt >= user.totpEnabledAt;
}

function toSessionUser(user: UserRow, sessionId: string, passedAt: Date | null): SessionUser {
  return {
    id: user.id,
    email: user.email,
    fullName: user.fullName,
    role: user.role,
    locale: user.locale,
    currency: user.currency,
    emailVerified: user.emailVerifiedAt !== null,
    sessionId,
    twoFactor: { enabled: user.totpEnabledAt !== null, passed: secondFactorPassed(user, passedAt) },
    actingAdmin: null,
  };
}

/**
 * The signed-in user, re-read from the database on every request through the cookie's session row
 * (one query, the session and both users joined): a signed-out session (row gone), a suspended user,
 * or a session older than the last password change gets nothing even though its JWT is still valid.
 *
 * While an admin acts as a customer the answer is the customer, marked with the admin; acting ends by
 * itself (the admin gets their own session back) once the admin no longer may act: permission gone,
 * or the session's second factor not passed.
 */
export async function userFromHeaders(headers: Headers): Promise<SessionUser | null> {
  const claims = await readClaims(headers);
  if (!claims?.sub || typeof claims.sid !== "string") return null;
  // A database function, so its plan is made once per connection (migration hot_read_functions).
  const [session] = await db.$queryRaw<Record<string, unknown>[]>`SELECT * FROM session_with_users(${claims.sid})`;
  const user = session ? userRow(session, "u") : null;
  if (!session || !user || user.id !== claims.sub || user.status !== "ACTIVE" || user.sessionVersion !== claims.sv) return null;
  const self = toSessionUser(user, claims.sid, session.second_factor_at as Date | null);
  const customer = userRow(session, "a");
  if (!customer || customer.status !== "ACTIVE" || customer.role !== "CUSTOMER" || !mayActAsCustomer(self)) return self;
  return { ...toSessionUser(customer, claims.sid, null), actingAdmin: { id: self.id, fullName: self.fullName } };
}
