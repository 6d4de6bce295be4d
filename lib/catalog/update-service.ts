import type { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { invalidField, notFound } from "@/lib/errors/app-error";
import { money } from "@/lib/money/money";
import { recordServiceChanges, type ServiceChangeInput } from "./record-changes";
import type { serviceUpdateSchema } from "./schemas";

type Actor = { id: string; ip?: string | null };

/** An admin edit. A hand-set rate stops following the provider (markup cleared). */
export async function updateService(input: z.infer<typeof serviceUpdateSchema>, actor: Actor) {
  return db.$transaction(async (tx) => {
    const before = await tx.service.findUnique({ where: { id: input.serviceId } });
    if (!before) throw notFound("Service");
    // A service made by hand has nowhere to send orders: it stays manual.
    if (input.mode === "AUTO" && !before.providerId) throw invalidField("mode", "validation.service.autoNeedsProvider");
    const category = await tx.category.findUnique({ where: { id: input.categoryId }, select: { id: true } });
    if (!category) throw notFound("Category");
    const rateChanged = !money(before.rate).eq(money(input.rate));
    const { serviceId, ...data } = input;
    await tx.service.update({
      where: { id: serviceId },
      data: {
        ...data,
        refillDays: input.refill ? (input.refillDays ?? null) : null,
        ...(rateChanged ? { markupKind: null, markupValue: null, roundTo: null } : {}),
      },
    });
    const changes: ServiceChangeInput[] = [];
    if (rateChanged) {
      changes.push({
        serviceId,
        kind: "rate",
        source: "admin",
        before: { rate: before.rate.toFixed(4) },
        after: { rate: money(input.rate).toFixed(4) },
        priceRise: money(input.rate).gt(money(before.rate)),
      });
    }
    if (before.min !== input.min || before.max !== input.max) {
      changes.push({
        serviceId,
        kind: "limits",
        source: "admin",
        before: { min: before.min, max: before.max },
        after: { min: input.min, max: input.max },
      });
    }
    if (before.refill !== input.refill || before.cancel !== input.cancel || before.dripfeed !== input.dripfeed) {
      changes.push({
        serviceId,
        kind: "flags",
        source: "admin",
        before: { refill: before.refill, cancel: before.cancel, dripfeed: before.dripfeed },
        after: { refill: input.refill, cancel: input.cancel, dripfeed: input.dripfeed },
      });
    }
    if (before.categoryId !== input.categoryId)
      changes.push({
        serviceId,
        kind: "moved",
        source: "admin",
        before: { categoryId: before.categoryId },
        after: { categoryId: input.categoryId },
      });
    if (before.status !== input.status)
      changes.push({ serviceId, kind: input.status === "ACTIVE" ? "enabled" : "disabled", source: "admin" });
    await recordServiceChanges(tx, changes);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "service.update",
      objectType: "service",
      objectId: String(serviceId),
      before: { rate: before.rate.toFixed(4), min: before.min, max: before.max, status: before.status },
      after: { rate: money(input.rate).toFixed(4), min: input.min, max: input.max, status: input.status },
      ip: actor.ip,
    });
    return { serviceId };
  });
}
