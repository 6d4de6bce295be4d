import { isAppError } from "@/lib/errors/app-error";
import { logger } from "@/lib/log/logger";
import type { ForwardResult } from "./forward-to-provider";
import type { AdminActor } from "./lock-order";
import { runOrderAction } from "./run-order-action";
import type { BulkOrderActionInput, OrderActionInput } from "./schemas";
import { runSync, syncableOrders } from "./sync-orders-now";

export type Skipped = { orderId: number; code: string; reason: string };
export type BulkResult = { ok: number; skipped: Skipped[]; providerErrors?: { providerId: string; message: string }[] };

/** Orders handled at once: status changes are short transactions; forwards are HTTP calls to providers. */
const IN_FLIGHT = { forward: 4, resend: 4, other: 8 } as const;

/**
 * The list's bulk bar: the same action on up to 500 orders, each in its own transaction (one order's
 * refusal leaves the others done and itself untouched). Returns how many succeeded and, for each of
 * the others, why. A forward or resend counts as done only when the provider accepted the order.
 */
export async function bulkOrderAction(input: BulkOrderActionInput, actor: AdminActor): Promise<BulkResult> {
  const orderIds = [...new Set(input.orderIds)];
  if (input.action === "sync") {
    const { ids, skipped } = await syncableOrders(orderIds);
    if (ids.length === 0) return { ok: 0, skipped };
    const run = await runSync({ orderIds: ids }, actor);
    return { ok: run.syncedOrders, skipped, providerErrors: run.errors };
  }
  const result: BulkResult = { ok: 0, skipped: [] };
  const queue = [...orderIds];
  const worker = async () => {
    for (let orderId = queue.shift(); orderId !== undefined; orderId = queue.shift()) {
      const skipped = await runOne(single(input, orderId), actor);
      if (skipped) result.skipped.push(skipped);
      else result.ok += 1;
    }
  };
  const width = input.action === "forward" || input.action === "resend" ? IN_FLIGHT[input.action] : IN_FLIGHT.other;
  await Promise.all(Array.from({ length: Math.min(width, orderIds.length) }, worker));
  result.skipped.sort((a, b) => b.orderId - a.orderId);
  return result;
}

/** The bulk input minus its id list is the single-order input (both schemas share their variants). */
function single(input: BulkOrderActionInput, orderId: number): OrderActionInput {
  const copy: Record<string, unknown> = { ...input, orderId };
  delete copy.orderIds;
  return copy as OrderActionInput;
}

async function runOne(input: OrderActionInput, actor: AdminActor): Promise<Skipped | null> {
  try {
    const done = await runOrderAction(input, actor);
    if ((input.action === "forward" || input.action === "resend") && (done as ForwardResult).outcome !== "forwarded") {
      const forward = done as ForwardResult;
      return {
        orderId: input.orderId,
        code: `forward_${forward.outcome}`,
        reason: `order #${input.orderId} is ${forward.status}${forward.message ? `: ${forward.message}` : ""}`,
      };
    }
    return null;
  } catch (error) {
    if (isAppError(error) && error.status < 500) return { orderId: input.orderId, code: error.code, reason: error.message };
    // Unexpected: logged with the order id; this order is reported, the others go on.
    logger.error({ err: error, orderId: input.orderId, action: input.action }, "bulk order action failed");
    return { orderId: input.orderId, code: "internal", reason: `order #${input.orderId}: unexpected error (logged)` };
  }
}
