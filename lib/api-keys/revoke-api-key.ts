import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors/app-error";

/**
 * Revokes one of a customer's keys (scoped to that customer: another's key id finds nothing); it stops
 * working at once. The customer revokes their own, or an admin does (`actorId`, audited as theirs).
 * Revoking twice is a no-op.
 */
export async function revokeApiKey(
  userId: string,
  id: string,
  meta: { actorId?: string; ip?: string | null; requestId?: string | null } = {},
): Promise<{ id: string; revoked: boolean }> {
  return db.$transaction(async (tx) => {
    const key = await tx.apiKey.findFirst({ where: { id, userId }, select: { id: true, prefix: true, revokedAt: true } });
    if (!key) throw notFound("API key");
    const { count } = await tx.apiKey.updateMany({ where: { id, userId, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count === 1)
      await recordAudit(tx, {
        actorId: meta.actorId ?? userId,
        action: "api_key.revoke",
        objectType: "api_key",
        objectId: id,
        before: { prefix: key.prefix, ...(meta.actorId && meta.actorId !== userId ? { userId } : {}) },
        ip: meta.ip,
        requestId: meta.requestId,
      });
    return { id, revoked: true };
  });
}
