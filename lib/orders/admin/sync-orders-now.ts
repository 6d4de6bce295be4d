import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { syncOrderStatuses, type SyncRunResult } from "../sync-order-statuses";
import { SYNCED_STATUSES } from "../state-machine";
import { orderNotFound, wrongState, type AdminActor } from "./lock-order";

/** Without forceSync, orders checked less than this long ago are left for the cron. */
export const RECENTLY_CHECKED_MS = 60_000;

export type AdminSyncResult = Omit<SyncRunResult, "checked"> & { syncedOrders: number };

/**
 * The admin's "sync now" (the product's sync-status): asks providers about open orders at once and
 * stores a SyncRun (trigger "admin"). One order: it must be at a provider (processing or in progress,
 * with a provider order id), else 409 naming `orderId`. All orders: those not checked in the last minute,
 * or every one with forceSync.
 */
export async function syncOrdersNow(input: { orderId?: number; forceSync?: boolean }, actor: AdminActor): Promise<AdminSyncResult> {
  if (input.orderId !== undefined) {
    const order = await db.order.findUnique({ where: { id: input.orderId }, select: { status: true, providerOrderId: true } });
    if (!order) throw orderNotFound(input.orderId);
    if (!SYNCED_STATUSES.includes(order.status) || !order.providerOrderId) {
      throw wrongState(
        input.orderId,
        order.status,
        "only orders at a provider (processing or in progress, with a provider order id) are synced",
      );
    }
  }
  return runSync(
    {
      orderIds: input.orderId !== undefined ? [input.orderId] : undefined,
      staleBeforeMs: input.forceSync || input.orderId !== undefined ? undefined : RECENTLY_CHECKED_MS,
    },
    actor,
  );
}

/** Which of these orders can be synced (the rest get a reason), for a selection in the list. */
export async function syncableOrders(
  orderIds: number[],
): Promise<{ ids: number[]; skipped: { orderId: number; code: string; reason: string }[] }> {
  const rows = await db.order.findMany({ where: { id: { in: orderIds } }, select: { id: true, status: true, providerOrderId: true } });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const ids: number[] = [];
  const skipped: { orderId: number; code: string; reason: string }[] = [];
  for (const orderId of orderIds) {
    const row = byId.get(orderId);
    if (!row) skipped.push({ orderId, code: "not_found", reason: orderNotFound(orderId).message });
    else if (!SYNCED_STATUSES.includes(row.status) || !row.providerOrderId)
      skipped.push({
        orderId,
        code: "order_state",
        reason: `orderId: order #${orderId} is ${row.status}; only orders at a provider are synced`,
      });
    else ids.push(orderId);
  }
  return { ids, skipped };
}

export async function runSync(options: { orderIds?: number[]; staleBeforeMs?: number }, actor: AdminActor): Promise<AdminSyncResult> {
  const { checked, ...rest } = await syncOrderStatuses({ ...options, trigger: "admin" });
  const result = { syncedOrders: checked, ...rest };
  await db.$transaction((tx) =>
    recordAudit(tx, {
      actorId: actor.id,
      action: "order.sync",
      objectType: "order",
      objectId: options.orderIds ? options.orderIds.slice(0, 20).join(",") : "open",
      after: {
        syncedOrders: checked,
        changed: rest.changed,
        refunded: rest.refunded,
        providerCalls: rest.providerCalls,
        errors: rest.errors.length,
      },
      ip: actor.ip ?? null,
      requestId: actor.requestId ?? null,
    }),
  );
  return result;
}
