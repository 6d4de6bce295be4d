import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { invalidField } from "@/lib/errors/app-error";
import { money } from "@/lib/money/money";
import { recordServiceChanges } from "./record-changes";
import type { ManualServiceValues } from "./schemas";

type Actor = { id: string; ip?: string | null; requestId?: string | null };

/**
 * A service made by hand: mode MANUAL, no provider, a fixed rate (no markup to follow). Its orders are
 * charged as usual and wait in the admin queue (/admin/orders/queue) until staff finish them. Written
 * with its "created" change and its audit row in one transaction; an unknown category is a 422 on
 * `categoryId` and writes nothing.
 */
export async function createManualService(input: ManualServiceValues, actor: Actor): Promise<{ serviceId: number }> {
  return db.$transaction(async (tx) => {
    const category = await tx.category.findUnique({ where: { id: input.categoryId }, select: { id: true } });
    if (!category) throw invalidField("categoryId", "validation.service.categoryUnknown");
    const rate = money(input.rate).toFixed(4);
    const service = await tx.service.create({
      data: {
        ...input,
        rate,
        refillDays: input.refill ? (input.refillDays ?? null) : null,
        mode: "MANUAL",
        providerId: null,
        providerServiceId: null,
      },
      select: { id: true },
    });
    const after = { name: input.name, type: input.type, rate, min: input.min, max: input.max, status: input.status };
    await recordServiceChanges(tx, [{ serviceId: service.id, kind: "created", source: "admin", after }]);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "service.create",
      objectType: "service",
      objectId: String(service.id),
      after: { ...after, mode: "MANUAL", categoryId: input.categoryId },
      ip: actor.ip ?? null,
      requestId: actor.requestId ?? null,
    });
    return { serviceId: service.id };
  });
}
