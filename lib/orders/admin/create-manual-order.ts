import type { z } from "zod";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { invalidField } from "@/lib/errors/app-error";
import { parseWith } from "@/lib/http/validation";
import { withIdempotency } from "@/lib/idempotency/with-idempotency";
import { createOrder } from "../create-order";
import type { AdminActor } from "./lock-order";
import { manualOrderSchema, type ManualOrderInput } from "./schemas";

export type ManualOrderResult = { orderId: number; totalCost: string; userId: string; status: "PENDING"; mode: "AUTO" | "MANUAL" };

/**
 * An order an admin places for a customer (the product's POST /api/admin/orders/manual). It is a real
 * order: createOrder charges the customer's wallet in its own transaction (refused when the balance is
 * short), then auto-mode services are forwarded as usual. `userId` may be the customer's id or e-mail.
 */
export async function createManualOrder(
  raw: ManualOrderInput,
  actor: AdminActor,
  options: { idempotencyKey?: string | null } = {},
): Promise<ManualOrderResult> {
  const input = parseWith(manualOrderSchema, raw);
  // The layer every door that places orders shares, keyed by the admin: a replay answers the same order.
  const { result } = await withIdempotency(
    { userId: actor.id, scope: "orders.create", key: options.idempotencyKey ?? null, body: { manual: input } },
    () => placeForCustomer(input, actor),
  );
  return result;
}

async function placeForCustomer(input: z.output<typeof manualOrderSchema>, actor: AdminActor): Promise<ManualOrderResult> {
  const user = await findCustomer(input.userId);
  const created = await createOrder(
    user.id,
    { serviceId: input.serviceId, link: input.link, quantity: input.quantity },
    { source: "admin", actorId: actor.id, adminNotes: input.adminNotes },
  );
  // createOrder owns its transaction; the audit row follows the committed order.
  await db.$transaction((tx) =>
    recordAudit(tx, {
      actorId: actor.id,
      action: "order.manual_create",
      objectType: "order",
      objectId: String(created.orderId),
      after: {
        userId: user.id,
        serviceId: input.serviceId,
        quantity: input.quantity,
        charge: created.charge,
        ...(input.adminNotes ? { adminNotes: input.adminNotes } : {}),
      },
      ip: actor.ip ?? null,
      requestId: actor.requestId ?? null,
    }),
  );
  return { orderId: created.orderId, totalCost: created.charge, userId: user.id, status: created.status, mode: created.mode };
}

async function findCustomer(idOrEmail: string) {
  const user = idOrEmail.includes("@")
    ? await db.user.findUnique({ where: { email: idOrEmail.toLowerCase() }, select: { id: true, status: true } })
    : await db.user.findUnique({ where: { id: idOrEmail }, select: { id: true, status: true } });
  if (!user) throw invalidField("userId", "validation.order.userUnknown");
  if (user.status !== "ACTIVE") throw invalidField("userId", "validation.order.userSuspended");
  return user;
}
