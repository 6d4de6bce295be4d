import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors/app-error";

/** Revokes one of the customer's own keys; it stops working at once. Revoking twice is a no-op. */
export async function revokeApiKey(
  userId: string,
  id: string,
  meta: { ip?: string | null; requestId?: string | null } = {},
): Promise<{ id: string; revoked: boolean }> {
  return db.$transaction(async (tx) => {
    const key = await tx.apiKey.findFirst({ where: { id, userId }, select: { id: true, prefix: true, revokedAt: true } });
    if (!key) throw notFound("API key");
    const { count } = await tx.apiKey.updateMany({ where: { id, userId, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count === 1)
      await recordAudit(tx, {
        actorId: userId,
        action: "api_key.revoke",
        objectType: "api_key",
        objectId: id,
        before: { prefix: key.prefix },
        ip: meta.ip,
        requestId: meta.requestId,
      });
    return { id, revoked: true };
  });
}
