import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { invalidField, notFound } from "@/lib/errors/app-error";
import type { PricingActor } from "./actor";

/** Puts a customer in a price group, or ("" / null) takes them out; audited once per change. */
export async function assignPriceGroup(
  userId: string,
  priceGroupId: string | null,
  actor: PricingActor,
): Promise<{ priceGroupId: string | null }> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { priceGroup: { select: { id: true, name: true } } } });
    if (!user) throw notFound("User");
    const group = priceGroupId ? await tx.priceGroup.findUnique({ where: { id: priceGroupId }, select: { id: true, name: true } }) : null;
    if (priceGroupId && !group) throw invalidField("priceGroupId", "validation.pricing.groupMissing");
    if ((user.priceGroup?.id ?? null) === (group?.id ?? null)) return { priceGroupId: group?.id ?? null };
    await tx.user.update({ where: { id: userId }, data: { priceGroupId: group?.id ?? null } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.price_group",
      objectType: "user",
      objectId: userId,
      before: { priceGroup: user.priceGroup?.name ?? null },
      after: { priceGroup: group?.name ?? null },
      ip: actor.ip,
      requestId: actor.requestId,
    });
    return { priceGroupId: group?.id ?? null };
  });
}
