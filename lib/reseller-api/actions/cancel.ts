import { requestCancel } from "@/lib/orders/requests/request-cancel";
import type { ApiContext } from "../context";
import { API_ERRORS } from "@/lib/api-v2/errors";
import { echoId, parseIdList, parseId } from "@/lib/api-v2/ids";
import { requestRefusal } from "./request-errors";

type ErrorSlot = { error: string };

/**
 * One cancel request through the web's verb. `1` means the request was accepted (sent to our
 * provider, or waiting for an admin), not that the order is canceled: `status` shows that later.
 */
async function cancelOne(userId: string, token: string): Promise<1 | ErrorSlot> {
  const orderId = parseId(token);
  if (orderId === undefined) return { error: API_ERRORS.badOrder };
  try {
    const { status } = await requestCancel(userId, orderId);
    if (status === "REJECTED") return { error: API_ERRORS.notCancelable };
    if (status === "FAILED") return { error: "Cancel request could not be confirmed; try again later" };
    return 1;
  } catch (error) {
    return { error: requestRefusal(error, "cancel") };
  }
}

/** `cancel` with `orders` (≤ 100; a single `order` is a list of one) → `[{order, cancel: 1 | {error}}]`. */
export async function cancelOrders(context: ApiContext) {
  const tokens = parseIdList(context.fields.orders ?? context.fields.order, API_ERRORS.badOrder);
  const answer: { order: number | string; cancel: 1 | ErrorSlot }[] = [];
  for (const token of tokens) answer.push({ order: echoId(token), cancel: await cancelOne(context.caller.userId, token) });
  return answer;
}
