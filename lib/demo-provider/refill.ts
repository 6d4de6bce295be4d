import { db } from "@/lib/db";
import { baseDemoService } from "./catalog";
import type { DemoContext } from "./context";
import { API_ERRORS, ApiV2Error } from "@/lib/api-v2/errors";
import { echoId, parseId, parseIdList } from "@/lib/api-v2/ids";
import { refillProgress, type DemoRefillStatus } from "./progress";
import { progressOf, STORED_ORDER_SELECT } from "./settle";
import type { DemoParams } from "./validate-add";

type ErrorSlot = { error: string };

/** A refill request for one order; the reason it is refused, as the protocol words it. */
async function requestRefill(token: string, now: Date): Promise<number | ErrorSlot> {
  const id = parseId(token);
  const order = id === undefined ? null : await db.demoProviderOrder.findUnique({ where: { id }, select: STORED_ORDER_SELECT });
  if (!order) return { error: API_ERRORS.badOrder };
  const progress = progressOf(order, now);
  const eligible =
    baseDemoService(order.serviceId)?.refill === true &&
    order.cancelRequestedAt === null &&
    (progress.status === "Completed" || progress.status === "Partial");
  if (!eligible) return { error: `${API_ERRORS.notRefillable}.` };
  const refill = await db.demoProviderRefill.create({ data: { orderId: order.id, createdAt: now }, select: { id: true } });
  return refill.id;
}

/**
 * `refill` with `order` → `{"refill": "<id>"}`; with `orders` (≤ 100) → `[{order, refill: id | {error}}]`.
 * Only finished Completed/Partial orders of services with refill are eligible (not ones canceled on request).
 */
export async function refillOrders(params: DemoParams, context: DemoContext) {
  const now = context.now();
  if (params.orders !== undefined) {
    const tokens = parseIdList(params.orders, API_ERRORS.badOrder);
    const answer: { order: number | string; refill: number | ErrorSlot }[] = [];
    for (const token of tokens) answer.push({ order: echoId(token), refill: await requestRefill(token, now) });
    return answer;
  }
  const result = await requestRefill(params.order ?? "", now);
  if (typeof result !== "number") throw new ApiV2Error(result.error);
  return { refill: String(result) };
}

async function statusOf(token: string, now: Date): Promise<DemoRefillStatus | ErrorSlot> {
  const id = parseId(token);
  const refill =
    id === undefined
      ? null
      : await db.demoProviderRefill.findUnique({ where: { id }, select: { createdAt: true, order: { select: { durationMs: true } } } });
  if (!refill) return { error: API_ERRORS.refillNotFound };
  return refillProgress(refill.createdAt, refill.order.durationMs, now);
}

/** `refill_status` with `refill` → `{"status": …}`; with `refills` (≤ 100) → `[{refill, status | {error}}]`. */
export async function refillStatus(params: DemoParams, context: DemoContext) {
  const now = context.now();
  if (params.refills !== undefined) {
    const tokens = parseIdList(params.refills, API_ERRORS.refillNotFound);
    const answer: { refill: number | string; status: DemoRefillStatus | ErrorSlot }[] = [];
    for (const token of tokens) answer.push({ refill: echoId(token), status: await statusOf(token, now) });
    return answer;
  }
  const status = await statusOf(params.refill ?? "", now);
  if (typeof status !== "string") throw new ApiV2Error(status.error);
  return { status };
}
