import { db } from "@/lib/db";
import { formatCharge } from "./amounts";
import type { DemoContext } from "./context";
import { API_ERRORS, ApiV2Error } from "@/lib/api-v2/errors";
import { parseId, parseIdList } from "@/lib/api-v2/ids";
import type { DemoOrderStatus } from "./progress";
import { progressOf, settleRefund, STORED_ORDER_SELECT, type StoredDemoOrder } from "./settle";
import type { DemoParams } from "./validate-add";

export interface WireOrderStatus {
  charge: string;
  start_count: string;
  status: DemoOrderStatus;
  remains: string;
  currency: "USD";
}

type ErrorSlot = { error: string };

async function describe(order: StoredDemoOrder, now: Date): Promise<WireOrderStatus> {
  const progress = progressOf(order, now);
  if (progress.finished) await settleRefund(order, now);
  return {
    charge: formatCharge(progress.charge),
    start_count: String(order.startCount),
    status: progress.status,
    remains: String(progress.remains),
    currency: "USD",
  };
}

/** `status` with `order` → one status; with `orders` (≤ 100) → an object keyed by the ids as sent. */
export async function orderStatus(
  params: DemoParams,
  context: DemoContext,
): Promise<WireOrderStatus | Record<string, WireOrderStatus | ErrorSlot>> {
  const now = context.now();
  if (params.orders !== undefined) {
    const tokens = parseIdList(params.orders, API_ERRORS.badOrder);
    const ids = tokens.map(parseId).filter((id): id is number => id !== undefined);
    const found = await db.demoProviderOrder.findMany({ where: { id: { in: ids } }, select: STORED_ORDER_SELECT });
    const byId = new Map(found.map((order) => [order.id, order]));
    const answer: Record<string, WireOrderStatus | ErrorSlot> = {};
    for (const token of tokens) {
      const id = parseId(token);
      const order = id === undefined ? undefined : byId.get(id);
      answer[token] = order ? await describe(order, now) : { error: API_ERRORS.badOrder };
    }
    return answer;
  }
  const id = parseId(params.order);
  const order = id === undefined ? null : await db.demoProviderOrder.findUnique({ where: { id }, select: STORED_ORDER_SELECT });
  if (!order) throw new ApiV2Error(API_ERRORS.badOrder);
  return describe(order, now);
}
