import { decryptSecret, encryptSecret } from "@/lib/crypto/secret-box";

const PURPOSE = "2fa-carry";
const LIFETIME_MS = 60_000;

/**
 * A sealed note that this user's session passed the second factor, for the one sign-in the server makes
 * by itself after a password change (the change ends every session, this one too). It is sealed with
 * the panel's ENCRYPTION_KEY (AES-GCM: it cannot be forged), names the user, lives a minute, and never
 * leaves the server: signIn() runs the credentials check in-process.
 */
export function sealPassCarry(userId: string, now = new Date()): string {
  return encryptSecret(JSON.stringify({ purpose: PURPOSE, userId, expiresAt: now.getTime() + LIFETIME_MS }));
}

export function openPassCarry(sealed: string, userId: string, now = new Date()): boolean {
  try {
    const note = JSON.parse(decryptSecret(sealed)) as { purpose?: unknown; userId?: unknown; expiresAt?: unknown };
    return note.purpose === PURPOSE && note.userId === userId && typeof note.expiresAt === "number" && note.expiresAt > now.getTime();
  } catch {
    return false;
  }
}
