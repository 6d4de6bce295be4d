import { randomBytes } from "node:crypto";
import { referrerForCode } from "@/lib/affiliates/referrer-for-code";
import { db, Prisma } from "@/lib/db";
import { hashPassword } from "../password";
import { normalizeEmail } from "../authenticate";
import type { RoleName } from "../permissions";

/** What Google's ID token says about the person (OpenID Connect claims). */
export type GoogleProfile = { sub: string; email?: string | null; email_verified?: boolean | null; name?: string | null };

export type GoogleSignIn =
  | { ok: true; user: { id: string; role: RoleName; sessionVersion: number }; created: boolean }
  /** Why not: shown on /login as `?error=google_<reason>`. */
  | { ok: false; reason: "unverified" | "suspended" | "two_factor" };

const GOOGLE = "google";
const SELECT = { id: true, role: true, status: true, sessionVersion: true, totpEnabledAt: true } as const;

/**
 * The panel account a Google sign-in opens:
 * - the account already linked to this Google id;
 * - else the account with the same e-mail, linked now — only when Google says the address is verified
 *   (an unverified address could be someone else's, and would hand them the account);
 * - else a new customer account (confirmed e-mail, no usable password until a reset sets one).
 * Suspended accounts are refused, and so are accounts with a second factor: Google is not that factor,
 * so they sign in with password and code.
 */
export async function linkGoogleAccount(profile: GoogleProfile, options: { referralCode?: string | null } = {}): Promise<GoogleSignIn> {
  const linked = await db.account.findUnique({
    where: { provider_providerAccountId: { provider: GOOGLE, providerAccountId: profile.sub } },
    select: { user: { select: SELECT } },
  });
  if (linked) return decide(linked.user, false);
  if (!profile.email || profile.email_verified !== true) return { ok: false, reason: "unverified" };
  const email = normalizeEmail(profile.email);

  const existing = await db.user.findUnique({ where: { email }, select: SELECT });
  if (existing) {
    const refused = decide(existing, false);
    if (refused.ok) await linkOnce(existing.id, profile.sub);
    return refused;
  }
  return createFromGoogle(email, profile, options.referralCode ?? null);
}

function decide(
  user: { id: string; role: RoleName; status: string; sessionVersion: number; totpEnabledAt: Date | null },
  created: boolean,
): GoogleSignIn {
  if (user.status !== "ACTIVE") return { ok: false, reason: "suspended" };
  if (user.totpEnabledAt) return { ok: false, reason: "two_factor" };
  return { ok: true, user: { id: user.id, role: user.role, sessionVersion: user.sessionVersion }, created };
}

async function linkOnce(userId: string, sub: string): Promise<void> {
  await db.account.createMany({ data: [{ userId, provider: GOOGLE, providerAccountId: sub }], skipDuplicates: true });
}

async function createFromGoogle(email: string, profile: GoogleProfile, referralCode: string | null): Promise<GoogleSignIn> {
  const fullName = (profile.name ?? "").replace(/\0/g, "").trim().slice(0, 100) || email.split("@")[0]!;
  const passwordHash = await hashPassword(randomBytes(32).toString("base64url"));
  const referredById = await referrerForCode(referralCode);
  try {
    const user = await db.user.create({
      data: {
        email,
        fullName,
        passwordHash,
        emailVerifiedAt: new Date(),
        referredById,
        accounts: { create: { provider: GOOGLE, providerAccountId: profile.sub } },
      },
      select: SELECT,
    });
    return decide(user, true);
  } catch (error) {
    // Two first sign-ins at once: the other one made the account; link to it like any existing one.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return linkGoogleAccount(profile);
    throw error;
  }
}

/**
 * The panel account behind a Google sign-in that `linkGoogleAccount` allowed a moment ago, for the
 * session cookie; its last sign-in is set here (as authenticate.ts does for passwords).
 */
export async function userForGoogleAccount(providerAccountId: string): Promise<{ id: string; role: RoleName; sessionVersion: number }> {
  const account = await db.account.findUniqueOrThrow({
    where: { provider_providerAccountId: { provider: GOOGLE, providerAccountId } },
    select: { user: { select: { id: true, role: true, sessionVersion: true } } },
  });
  await db.$executeRaw`UPDATE users SET last_sign_in_at = now() WHERE id = ${account.user.id}`;
  return account.user;
}
