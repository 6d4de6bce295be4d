import { db } from "@/lib/db";
import { creditDemoAccount } from "./account";
import { baseDemoService } from "./catalog";
import type { DemoContext } from "./context";
import { API_ERRORS } from "@/lib/api-v2/errors";
import { echoId, parseId, parseIdList } from "@/lib/api-v2/ids";
import { dripfeedCancelable } from "./dripfeed";
import { progressOf, STORED_ORDER_SELECT } from "./settle";
import type { DemoParams } from "./validate-add";

type ErrorSlot = { error: string };

/**
 * Accepts a cancel for one running order of a cancelable service: delivery stops now (a drip-feed's
 * runs not started yet are dropped, the started ones delivered; a subscription takes no new posts), and the
 * undelivered part goes back to the balance in the same transaction as the guarded update that
 * records the request, so a second or concurrent cancel finds the request taken and refunds nothing.
 */
async function requestCancel(token: string, now: Date): Promise<1 | ErrorSlot> {
  const id = parseId(token);
  const order = id === undefined ? null : await db.demoProviderOrder.findUnique({ where: { id }, select: STORED_ORDER_SELECT });
  if (!order) return { error: API_ERRORS.badOrder };
  const refused = { error: API_ERRORS.notCancelable };
  // A run or a post is canceled with its parent; a drip-feed whose runs have all started has nothing left to stop.
  if (baseDemoService(order.serviceId)?.cancel !== true || order.cancelRequestedAt !== null || order.parentId !== null) return refused;
  if (progressOf(order, now).finished) return refused;
  if (order.runs !== null && !dripfeedCancelable({ ...order, runs: order.runs }, now)) return refused;
  const { refund } = progressOf({ ...order, cancelRequestedAt: now }, now);
  const accepted = await db.$transaction(async (tx) => {
    const { count } = await tx.demoProviderOrder.updateMany({
      where: { id: order.id, outcome: order.outcome, cancelRequestedAt: null },
      data: { cancelRequestedAt: now },
    });
    if (count === 1) await creditDemoAccount(tx, refund);
    return count === 1;
  });
  return accepted ? 1 : refused;
}

/** `cancel` with `orders` (≤ 100; a single `order` is taken as a list of one) → `[{order, cancel: 1 | {error}}]`. */
export async function cancelOrders(params: DemoParams, context: DemoContext) {
  const now = context.now();
  const tokens = parseIdList(params.orders ?? params.order, API_ERRORS.badOrder);
  const answer: { order: number | string; cancel: 1 | ErrorSlot }[] = [];
  for (const token of tokens) answer.push({ order: echoId(token), cancel: await requestCancel(token, now) });
  return answer;
}
