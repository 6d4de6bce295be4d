import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors/app-error";

type Actor = { id: string; ip?: string | null; requestId?: string | null };

/**
 * Sets the taka a customer pays per 1 USD when they see prices in USD and in the reseller API
 * (lib/users/display-prefs.ts, lib/reseller-api); null goes back to the panel's rate. Audited with
 * before and after; saving the same rate again writes nothing.
 */
export async function setDollarRate(
  userId: string,
  dollarRate: string | null,
  actor: Actor,
): Promise<{ userId: string; dollarRate: string | null }> {
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { dollarRate: true } });
    if (!before) throw notFound("User");
    const was = before.dollarRate?.toFixed(4) ?? null;
    const next = dollarRate === null ? null : Number(dollarRate).toFixed(4);
    if (was === next) return { userId, dollarRate: next };
    await tx.user.update({ where: { id: userId }, data: { dollarRate: next } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.dollar_rate",
      objectType: "user",
      objectId: userId,
      before: { dollarRate: was },
      after: { dollarRate: next },
      ip: actor.ip,
      requestId: actor.requestId,
    });
    return { userId, dollarRate: next };
  });
}
