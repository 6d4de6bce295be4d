import { randomBytes } from "node:crypto";
import { db, Prisma } from "@/lib/db";
import { notFound } from "@/lib/errors/app-error";

/** Crockford's base32 in lower case: no i, l, o or u, so a code read aloud or typed is not mistaken. */
const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
export const REFERRAL_CODE_PATTERN = /^[0-9a-hjkmnp-tv-z]{8}$/;

/** 8 random base32 characters (40 bits): far more codes than customers, guessed only by chance. */
export function newReferralCode(): string {
  return [...randomBytes(8)].map((byte) => ALPHABET[byte % 32]).join("");
}

/**
 * The customer's referral code, made the first time it is needed (their affiliate page). Set only where
 * none is set yet, so two tabs opening the page at once agree on one code; a clash with another
 * customer's code (unique index) draws again.
 */
export async function ensureReferralCode(userId: string): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const user = await db.user.findUnique({ where: { id: userId }, select: { referralCode: true } });
    if (!user) throw notFound("User");
    if (user.referralCode) return user.referralCode;
    try {
      await db.user.updateMany({ where: { id: userId, referralCode: null }, data: { referralCode: newReferralCode() } });
    } catch (error) {
      if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    }
  }
  throw new Error("Could not make a unique referral code");
}
