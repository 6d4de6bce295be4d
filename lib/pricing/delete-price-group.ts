import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors/app-error";
import { money } from "@/lib/money/money";
import type { PricingActor } from "./actor";

/** Deletes a price group; its members go back to list prices (and keep their own prices). */
export async function deletePriceGroup(id: string, actor: PricingActor): Promise<{ id: string; members: number }> {
  return db.$transaction(async (tx) => {
    const group = await tx.priceGroup.findUnique({
      where: { id },
      select: { name: true, percent: true, _count: { select: { users: true } } },
    });
    if (!group) throw notFound("Price group");
    await tx.priceGroup.delete({ where: { id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "price_group.delete",
      objectType: "price_group",
      objectId: id,
      before: { name: group.name, percent: money(group.percent).toFixed(2), count: group._count.users },
      ip: actor.ip,
      requestId: actor.requestId,
    });
    return { id, members: group._count.users };
  });
}
