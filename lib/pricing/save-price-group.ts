import { recordAudit } from "@/lib/audit/record-audit";
import { db, Prisma } from "@/lib/db";
import { invalidField, notFound } from "@/lib/errors/app-error";
import { parseWith } from "@/lib/http/validation";
import { money } from "@/lib/money/money";
import { assertNotBelowCost, servicesBelowCost } from "./below-cost";
import { applyPercent } from "./customer-rate";
import { priceGroupSchema, type PriceGroupInput } from "./schemas";
import type { PricingActor } from "./actor";

/**
 * Creates or changes a price group. A percentage that would sell any service below its provider's cost
 * is refused (409 below_cost) until the admin confirms; the change applies to every member's next order.
 */
export async function savePriceGroup(raw: PriceGroupInput, actor: PricingActor): Promise<{ id: string }> {
  const input = parseWith(priceGroupSchema, raw);
  const percent = money(input.percent);
  return db.$transaction(async (tx) => {
    const before = input.id ? await tx.priceGroup.findUnique({ where: { id: input.id }, select: { name: true, percent: true } }) : null;
    if (input.id && !before) throw notFound("Price group");
    if (!before || !money(before.percent).eq(percent)) {
      assertNotBelowCost(await servicesBelowCost(tx, {}, ({ rate }) => applyPercent(rate, percent)), input.confirmBelowCost);
    }
    const data = { name: input.name, percent: percent.toFixed(4) };
    const saved = await (input.id ? tx.priceGroup.update({ where: { id: input.id }, data }) : tx.priceGroup.create({ data })).catch(
      (error: unknown) => {
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
          throw invalidField("name", "validation.pricing.groupNameTaken");
        throw error;
      },
    );
    await recordAudit(tx, {
      actorId: actor.id,
      action: "price_group.save",
      objectType: "price_group",
      objectId: saved.id,
      before: before ? { name: before.name, percent: money(before.percent).toFixed(2) } : undefined,
      after: { name: saved.name, percent: percent.toFixed(2), ...(input.confirmBelowCost ? { belowCost: true } : {}) },
      ip: actor.ip,
      requestId: actor.requestId,
    });
    return { id: saved.id };
  });
}
