import { db } from "@/lib/db";
import { hashApiKey, KEY_PREFIX } from "./key-material";

export type ApiCaller = { keyId: string; userId: string; currency: "BDT" | "USD"; dollarRate: string | null };

const LAST_USED_EVERY_MS = 60_000;

type KeyRow = {
  id: string;
  revoked_at: Date | null;
  last_used_at: Date | null;
  user_id: string;
  status: string;
  currency: "BDT" | "USD";
  dollar_rate: string | null;
};

/**
 * The customer behind an API key, or null when the key is unknown, revoked, or its owner is not
 * ACTIVE (a suspended user's keys stop working without being revoked). One query: the key by its
 * hash's index, joined to its owner.
 */
export async function authenticateApiKey(key: string | undefined): Promise<ApiCaller | null> {
  const given = key?.trim();
  if (!given || !given.startsWith(KEY_PREFIX) || given.length > 200) return null;
  // A database function, so its plan is made once per connection (migration api_read_functions).
  const [found] = await db.$queryRaw<KeyRow[]>`SELECT * FROM api_key_owner(${hashApiKey(given)})`;
  if (!found || found.revoked_at || found.status !== "ACTIVE") return null;
  const now = Date.now();
  // "Last used" to the minute: at most one write per key per minute, not one per request.
  if (!found.last_used_at || now - found.last_used_at.getTime() > LAST_USED_EVERY_MS) {
    await db.apiKey.updateMany({
      where: { id: found.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now - LAST_USED_EVERY_MS) } }] },
      data: { lastUsedAt: new Date(now) },
    });
  }
  return { keyId: found.id, userId: found.user_id, currency: found.currency, dollarRate: found.dollar_rate };
}
