import { cancelRefusal } from "./eligibility";
import { openRequest } from "./open-request";
import type { RequestResult } from "./request-refill";
import { sendRequest } from "./send-request";

/**
 * A customer asks to cancel their own running order (404 for anyone else's; 422 when the service has
 * no cancel or the order has finished; 409 while another cancel request is open). This only ASKS:
 * the order keeps its status and nothing is refunded here. When the provider reports it Canceled or
 * Partial, the normal status sync refunds it, and the request poll marks the request COMPLETED.
 * Manual-mode orders, and orders not yet at the provider, wait for an admin (PENDING).
 */
export async function requestCancel(userId: string, orderId: number): Promise<RequestResult> {
  const { request, target } = await openRequest(userId, orderId, "cancel", cancelRefusal);
  if (!target) return { requestId: request.id, status: "PENDING" };
  return { requestId: request.id, status: await sendRequest(request, target, { notify: false }) };
}
