import { createHash, randomBytes } from "node:crypto";

/** What every key starts with, so a leaked one is easy to recognise (and to grep for). */
export const KEY_PREFIX = "smm_";
/** How much of a key stays visible (prefix included) to tell keys apart. */
export const VISIBLE_CHARS = 12;

/**
 * A new key: 32 random bytes (256 bits) in base64url after `smm_`. Only its SHA-256 is stored: the key
 * is high-entropy, so a slow password hash would add cost and nothing else; lookups go by the hash.
 */
export function newKeyMaterial(): { key: string; prefix: string; keyHash: string } {
  const key = `${KEY_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { key, prefix: key.slice(0, VISIBLE_CHARS), keyHash: hashApiKey(key) };
}

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}
