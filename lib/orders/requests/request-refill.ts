import { refillRefusal } from "./eligibility";
import { openRequest } from "./open-request";
import { sendRequest, type SendOutcome } from "./send-request";

export type RequestResult = { requestId: string; status: SendOutcome };

/**
 * A customer asks for a refill of their own order (404 for anyone else's; 422 when not eligible; 409
 * while another refill request is open). Auto-mode: the request is written first, then sent to the
 * provider, and its refill id kept for the status poll. Manual-mode: it stays PENDING for an admin.
 */
export async function requestRefill(userId: string, orderId: number): Promise<RequestResult> {
  const { request, target } = await openRequest(userId, orderId, "refill", (order) => refillRefusal(order, new Date()));
  if (!target) return { requestId: request.id, status: "PENDING" };
  return { requestId: request.id, status: await sendRequest(request, target, { notify: false }) };
}
