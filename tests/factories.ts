// Seed factories shared by integration tests: real rows in the real test database.
import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { hashPassword } from "@/lib/auth/password";
import { startSession } from "@/lib/auth/user-sessions";
import { encryptSecret } from "@/lib/crypto/secret-box";
import { db } from "@/lib/db";
import { money } from "@/lib/money/money";
import { postLedgerEntry } from "@/lib/wallet/post-ledger-entry";

export const TEST_PASSWORD = "correct-horse-battery";
/** The TOTP secret (base32) of accounts the factories enrol in two-factor sign-in. */
export const TEST_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
let cachedHash: Promise<string> | undefined;

export function uniqueEmail(prefix = "user"): string {
  return `${prefix}-${randomUUID().slice(0, 8)}@example.test`;
}

export async function createUser(
  options: {
    role?: "CUSTOMER" | "SUPPORT" | "ADMIN";
    balance?: string;
    status?: "ACTIVE" | "SUSPENDED";
    email?: string;
    unverified?: boolean;
    /** Enrol the second factor with TEST_TOTP_SECRET; staff get it unless told otherwise, as the panel requires. */
    twoFactor?: boolean;
  } = {},
) {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const user = await db.user.create({
    data: {
      email: options.email ?? uniqueEmail(options.role?.toLowerCase() ?? "customer"),
      fullName: "Test Person",
      role: options.role ?? "CUSTOMER",
      status: options.status ?? "ACTIVE",
      passwordHash: await cachedHash,
      // Like every account made before sign-up verification (the migration's backfill): confirmed.
      emailVerifiedAt: options.unverified ? null : new Date(),
      ...((options.twoFactor ?? (options.role ?? "CUSTOMER") !== "CUSTOMER")
        ? { totpSecret: encryptSecret(TEST_TOTP_SECRET), totpEnabledAt: new Date(Date.now() - 1000) }
        : {}),
    },
    select: { id: true, email: true, role: true, sessionVersion: true },
  });
  if (options.balance) {
    await db.$transaction((tx) =>
      postLedgerEntry(tx, {
        userId: user.id,
        kind: "SEED_CREDIT",
        amount: money(options.balance!),
        referenceType: "test-opening",
        referenceId: user.id,
      }),
    );
  }
  return user;
}

/**
 * A real Auth.js session cookie for `user` (with its server-side session row), as the browser would send it.
 * The session passed the second factor (it counts only where the account has one) unless told otherwise.
 */
export async function sessionCookie(
  user: { id: string; role: string; sessionVersion: number },
  options: { secondFactorPassed?: boolean } = {},
): Promise<string> {
  const cookieName = "authjs.session-token";
  const sid = await startSession(user.id, { secondFactorPassed: options.secondFactorPassed ?? true });
  const token = await encode({
    token: { sub: user.id, role: user.role, sv: user.sessionVersion, sid },
    secret: process.env.AUTH_SECRET!,
    salt: cookieName,
  });
  return `${cookieName}=${token}`;
}

type Handler = (req: Request, segment: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** Calls a route handler the way Next.js does, and returns status and parsed JSON. */
export async function callRoute(
  handler: Handler,
  options: {
    method?: string;
    url?: string;
    cookie?: string;
    body?: unknown;
    rawBody?: string;
    params?: Record<string, string>;
    headers?: Record<string, string>;
  } = {},
) {
  const headers = new Headers({ "content-type": "application/json", "x-forwarded-for": "203.0.113.7", ...options.headers });
  if (options.cookie) headers.set("cookie", options.cookie);
  const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  const req = new Request(options.url ?? "http://localhost:3999/api/test", { method: options.method ?? "POST", headers, body });
  const res = await handler(req, { params: Promise.resolve(options.params ?? {}) });
  return {
    status: res.status,
    json: (await res.json()) as {
      success: boolean;
      data?: unknown;
      error?: { code: string; message: string; details?: Record<string, unknown> };
    },
  };
}
