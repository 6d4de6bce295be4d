import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors/app-error";
import { money } from "@/lib/money/money";

type Actor = { id: string; ip?: string | null; requestId?: string | null };

/**
 * Sets one customer's own commission percent as a referrer (0–100), or clears it (null) back to the
 * panel's `affiliates.commissionPercent`. It applies to commissions credited from now on. Audited with
 * before and after; saving the same percent again writes nothing.
 */
export async function setAffiliatePercent(
  userId: string,
  percent: string | null,
  actor: Actor,
): Promise<{ userId: string; percent: string | null }> {
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { affiliatePercent: true } });
    if (!before) throw notFound("User");
    const was = before.affiliatePercent ? money(before.affiliatePercent).toFixed(3) : null;
    const next = percent === null ? null : money(percent).toFixed(3);
    if (was === next) return { userId, percent: next };
    await tx.user.update({ where: { id: userId }, data: { affiliatePercent: next } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.affiliate_percent",
      objectType: "user",
      objectId: userId,
      before: { affiliatePercent: was },
      after: { affiliatePercent: next },
      ip: actor.ip ?? null,
      requestId: actor.requestId ?? null,
    });
    return { userId, percent: next };
  });
}
