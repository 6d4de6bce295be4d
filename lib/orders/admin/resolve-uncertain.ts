import { db, Prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors/app-error";
import { moveOrder } from "../move-order";
import { OPEN_STATUSES } from "../state-machine";
import { prepareForward, sendNow, type ForwardResult } from "./forward-to-provider";
import { lockOrder, wrongState, type AdminActor } from "./lock-order";

export type Resolution = { providerOrderId: string } | { resend: true };
export type ResolveResult =
  { orderId: number; resolution: "attached"; status: "PROCESSING"; providerOrderId: string } | ({ resolution: "resent" } & ForwardResult);

/**
 * An UNCERTAIN order (sent, answer lost) is settled by an admin, never by itself (invariant 5):
 * attach the provider's order id (→ PROCESSING; unique among the provider's live orders, a clash is a 409), or
 * resend knowingly (→ PENDING, claim cleared, then forwarded once through forwardOrder's claim).
 */
export async function resolveUncertain(orderId: number, resolution: Resolution, actor: AdminActor): Promise<ResolveResult> {
  if ("resend" in resolution) {
    await db.$transaction(async (tx) => {
      const order = await lockOrder(tx, orderId);
      if (order.status !== "UNCERTAIN") throw wrongState(orderId, order.status, "only uncertain orders are resolved");
      await prepareForward(tx, order, undefined, actor);
    });
    return { resolution: "resent", ...(await sendNow(orderId, actor)) };
  }
  const providerOrderId = resolution.providerOrderId.trim();
  try {
    return await db.$transaction(async (tx) => {
      const order = await lockOrder(tx, orderId);
      if (order.status !== "UNCERTAIN") throw wrongState(orderId, order.status, "only uncertain orders are resolved");
      if (!order.providerId) throw wrongState(orderId, order.status, "it has no provider to attach an id of");
      // Only a live order holds an id: providers reuse the ids of finished orders (see the partial unique index).
      const clash = await tx.order.findFirst({
        where: { providerId: order.providerId, providerOrderId, status: { in: [...OPEN_STATUSES] }, id: { not: orderId } },
        select: { id: true },
      });
      if (clash) throw providerOrderIdTaken(providerOrderId, clash.id);
      await moveOrder(tx, orderId, {
        to: "PROCESSING",
        kind: "admin_attach",
        providerOrderId,
        message: `Provider order ${providerOrderId} attached by an admin`,
        data: { from: order.status, by: "admin" },
        actorId: actor.id,
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "order.attach",
        objectType: "order",
        objectId: String(orderId),
        before: { status: order.status, providerOrderId: null },
        after: { status: "PROCESSING", providerOrderId },
        ip: actor.ip ?? null,
        requestId: actor.requestId ?? null,
      });
      return { orderId, resolution: "attached" as const, status: "PROCESSING" as const, providerOrderId };
    });
  } catch (error) {
    // Two admins attaching the same id at once: the unique index decides, the loser gets the same 409.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw providerOrderIdTaken(providerOrderId, null);
    throw error;
  }
}

function providerOrderIdTaken(providerOrderId: string, otherOrderId: number | null): AppError {
  const message = `provider order ${providerOrderId} already belongs to ${otherOrderId ? `order #${otherOrderId}` : "another order"}`;
  return new AppError("provider_order_id_taken", `providerOrderId: ${message}`, 409, {
    fields: { providerOrderId: [message] },
    otherOrderId,
  });
}
