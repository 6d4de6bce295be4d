import { recordAudit } from "@/lib/audit/record-audit";
import { db, type Tx } from "@/lib/db";
import { invalidField, notFound } from "@/lib/errors/app-error";
import { parseWith } from "@/lib/http/validation";
import { money } from "@/lib/money/money";
import type { PricingActor } from "./actor";
import { assertNotBelowCost, servicesBelowCost } from "./below-cost";
import { applyPercent } from "./customer-rate";
import { customerPriceSchema, type CustomerPriceInput } from "./schemas";
import { priceTarget } from "./targets";

type Parsed = ReturnType<typeof customerPriceSchema.parse>;

/**
 * Sets one of a customer's own prices (a percentage on everything or a category, or a fixed rate for a
 * service), replacing the one already on that target. A price below the provider's cost is refused
 * (409 below_cost) until the admin confirms. Audited with before and after.
 */
export async function saveCustomerPrice(raw: CustomerPriceInput, actor: PricingActor): Promise<{ id: string }> {
  const input = parseWith(customerPriceSchema, raw);
  return db.$transaction(async (tx) => {
    if (!(await tx.user.findUnique({ where: { id: input.userId }, select: { id: true } }))) throw notFound("User");
    await assertTargetExists(tx, input);
    const categoryId = input.scope === "CATEGORY" ? input.categoryId : null;
    const serviceId = input.scope === "SERVICE" ? input.serviceId : null;
    const target = priceTarget(input.scope, categoryId, serviceId);
    const fields =
      input.scope === "SERVICE"
        ? { percent: null, rate: money(input.rate).toFixed(4) }
        : { percent: money(input.percent).toFixed(4), rate: null };

    assertNotBelowCost(await belowCost(tx, input), input.confirmBelowCost);
    const before = await tx.customerPrice.findUnique({
      where: { userId_target: { userId: input.userId, target } },
      select: { percent: true, rate: true },
    });
    const saved = await tx.customerPrice.upsert({
      where: { userId_target: { userId: input.userId, target } },
      create: { userId: input.userId, scope: input.scope, categoryId, serviceId, target, ...fields },
      update: fields,
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.price",
      objectType: "user",
      objectId: input.userId,
      before: before ? describe(input.scope, categoryId, serviceId, before) : undefined,
      after: { ...describe(input.scope, categoryId, serviceId, fields), ...(input.confirmBelowCost ? { belowCost: true } : {}) },
      ip: actor.ip,
      requestId: actor.requestId,
    });
    return saved;
  });
}

async function assertTargetExists(tx: Tx, input: Parsed) {
  if (input.scope === "CATEGORY" && !(await tx.category.findUnique({ where: { id: input.categoryId }, select: { id: true } })))
    throw invalidField("categoryId", "validation.pricing.categoryMissing");
  if (input.scope === "SERVICE" && !(await tx.service.findUnique({ where: { id: input.serviceId }, select: { id: true } })))
    throw invalidField("serviceId", "validation.pricing.serviceMissing");
}

function belowCost(tx: Tx, input: Parsed) {
  if (input.scope === "SERVICE") return servicesBelowCost(tx, { id: input.serviceId }, () => money(input.rate));
  const percent = money(input.percent);
  return servicesBelowCost(tx, input.scope === "CATEGORY" ? { categoryId: input.categoryId } : {}, ({ rate }) =>
    applyPercent(rate, percent),
  );
}

type Stored = { percent: { toString(): string } | null; rate: { toString(): string } | null };

function describe(scope: string, categoryId: string | null, serviceId: number | null, price: Stored) {
  return {
    scope,
    ...(categoryId ? { categoryId } : {}),
    ...(serviceId ? { serviceId } : {}),
    ...(price.percent !== null ? { percent: money(price.percent).toFixed(2) } : {}),
    ...(price.rate !== null ? { rate: money(price.rate).toFixed(4) } : {}),
  };
}
