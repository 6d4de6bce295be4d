import { db } from "@/lib/db";
import { hashApiKey, KEY_PREFIX } from "./key-material";

export type ApiCaller = { keyId: string; userId: string; currency: "BDT" | "USD"; dollarRate: string | null };

const LAST_USED_EVERY_MS = 60_000;

/**
 * The customer behind an API key, or null when the key is unknown, revoked, or its owner is not
 * ACTIVE (a suspended user's keys stop working without being revoked). One indexed lookup by hash.
 */
export async function authenticateApiKey(key: string | undefined): Promise<ApiCaller | null> {
  const given = key?.trim();
  if (!given || !given.startsWith(KEY_PREFIX) || given.length > 200) return null;
  const found = await db.apiKey.findUnique({
    where: { keyHash: hashApiKey(given) },
    select: { id: true, revokedAt: true, lastUsedAt: true, user: { select: { id: true, status: true, currency: true, dollarRate: true } } },
  });
  if (!found || found.revokedAt || found.user.status !== "ACTIVE") return null;
  const now = Date.now();
  // "Last used" to the minute: at most one write per key per minute, not one per request.
  if (!found.lastUsedAt || now - found.lastUsedAt.getTime() > LAST_USED_EVERY_MS) {
    await db.apiKey.updateMany({
      where: { id: found.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now - LAST_USED_EVERY_MS) } }] },
      data: { lastUsedAt: new Date(now) },
    });
  }
  return { keyId: found.id, userId: found.user.id, currency: found.user.currency, dollarRate: found.user.dollarRate?.toString() ?? null };
}
