import { requestRefill } from "@/lib/orders/requests/request-refill";
import type { ApiContext } from "../context";
import { API_ERRORS, ApiV2Error } from "@/lib/api-v2/errors";
import { echoId, parseIdList, parseId } from "@/lib/api-v2/ids";
import { requestRefusal } from "./request-errors";

type ErrorSlot = { error: string };

/** One refill request through the web's verb: the request id, or why it was refused. */
async function refillOne(userId: string, token: string): Promise<string | ErrorSlot> {
  const orderId = parseId(token);
  if (orderId === undefined) return { error: API_ERRORS.badOrder };
  try {
    return (await requestRefill(userId, orderId)).requestId;
  } catch (error) {
    return { error: requestRefusal(error, "refill") };
  }
}

/**
 * `refill` with `order` → `{"refill": "<id>"}`; with `orders` (≤ 100) → `[{order, refill: id | {error}}]`.
 * The id is our refill request's id (a text id); `refill_status` follows it. Accepted means asked, not done.
 */
export async function refillOrders(context: ApiContext) {
  const { fields, caller } = context;
  if (fields.orders !== undefined) {
    const tokens = parseIdList(fields.orders, API_ERRORS.badOrder);
    const answer: { order: number | string; refill: string | ErrorSlot }[] = [];
    for (const token of tokens) answer.push({ order: echoId(token), refill: await refillOne(caller.userId, token) });
    return answer;
  }
  const result = await refillOne(caller.userId, fields.order ?? "");
  if (typeof result !== "string") throw new ApiV2Error(result.error);
  return { refill: result };
}
