import { createHash, randomBytes } from "node:crypto";

export const RECOVERY_CODE_COUNT = 10;
/** Lowercase base32 without the look-alikes' trouble: a–z and 2–7 (RFC 4648), 5 bits a character. */
const ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";

/** One code: 10 random base32 characters (50 bits), shown as `xxxxx-xxxxx`. */
export function newRecoveryCode(): string {
  const bytes = randomBytes(10);
  const chars = Array.from(bytes, (byte) => ALPHABET[byte & 31]).join("");
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

/** A fresh set of codes, all different. */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  const codes = new Set<string>();
  while (codes.size < count) codes.add(newRecoveryCode());
  return [...codes];
}

/**
 * What a person typed, in the stored form: case, spaces and the dash do not matter. Null when it
 * cannot be a recovery code (so it is never looked up).
 */
export function normalizeRecoveryCode(input: string): string | null {
  const chars = input.toLowerCase().replace(/[\s-]/g, "");
  if (!/^[a-z2-7]{10}$/.test(chars)) return null;
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

/**
 * Only the SHA-256 of a code is stored: the codes are random (50 bits, and the sign-in throttle allows
 * 5 tries in 15 minutes), so a slow password hash would add cost and nothing else.
 */
export function hashRecoveryCode(normalized: string): string {
  return createHash("sha256").update(normalized, "utf8").digest("hex");
}
