import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors/app-error";
import { money } from "@/lib/money/money";
import type { PricingActor } from "./actor";

/** Removes one of a customer's own prices (scoped to that customer: another customer's id finds nothing). */
export async function removeCustomerPrice(userId: string, priceId: string, actor: PricingActor): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const price = await tx.customerPrice.findFirst({
      where: { id: priceId, userId },
      select: { scope: true, categoryId: true, serviceId: true, percent: true, rate: true },
    });
    if (!price) throw notFound("Price");
    await tx.customerPrice.delete({ where: { id: priceId } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.price_remove",
      objectType: "user",
      objectId: userId,
      before: {
        scope: price.scope,
        ...(price.categoryId ? { categoryId: price.categoryId } : {}),
        ...(price.serviceId ? { serviceId: price.serviceId } : {}),
        ...(price.percent ? { percent: money(price.percent).toFixed(2) } : {}),
        ...(price.rate ? { rate: money(price.rate).toFixed(4) } : {}),
      },
      ip: actor.ip,
      requestId: actor.requestId,
    });
    return { id: priceId };
  });
}
