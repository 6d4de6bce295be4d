import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { invalidField } from "@/lib/errors/app-error";
import { newKeyMaterial } from "./key-material";
import { MAX_ACTIVE_KEYS } from "./schemas";

export type CreatedApiKey = { id: string; name: string; prefix: string; key: string; createdAt: Date };

/**
 * A new API key for the customer. The full key is returned ONCE, here; only its hash is kept.
 * At most MAX_ACTIVE_KEYS unrevoked keys per customer (checked under a per-user lock so two
 * concurrent creations cannot both slip under the limit).
 */
export async function createApiKey(
  userId: string,
  name: string,
  meta: { ip?: string | null; requestId?: string | null } = {},
): Promise<CreatedApiKey> {
  const material = newKeyMaterial();
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`api-keys|${userId}`}, 0))`;
    const active = await tx.apiKey.count({ where: { userId, revokedAt: null } });
    if (active >= MAX_ACTIVE_KEYS) throw invalidField("name", "validation.account.apiKeyLimit", { max: MAX_ACTIVE_KEYS });
    const created = await tx.apiKey.create({
      data: { userId, name, prefix: material.prefix, keyHash: material.keyHash },
      select: { id: true, name: true, prefix: true, createdAt: true },
    });
    await recordAudit(tx, {
      actorId: userId,
      action: "api_key.create",
      objectType: "api_key",
      objectId: created.id,
      after: { name, prefix: created.prefix },
      ip: meta.ip,
      requestId: meta.requestId,
    });
    return { ...created, key: material.key };
  });
}
