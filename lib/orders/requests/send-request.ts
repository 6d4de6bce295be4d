import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors/app-error";
import { logger } from "@/lib/log/logger";
import { isItemError, isProviderError } from "@/lib/providers/client";
import { providerClientFor } from "@/lib/providers/provider-client";
import { recordOrderEvent } from "../record-event";
import { moveRequest, type RequestRef } from "./move-request";
import type { ProviderTarget } from "./open-request";

export type SendOutcome = "PENDING" | "SENT" | "REJECTED" | "FAILED";

type Answer =
  { kind: "accepted"; providerRequestId: string | null } | { kind: "refused"; message: string } | { kind: "thrown"; error: unknown };

/**
 * Sends one PENDING request whose claim the caller holds, AT MOST ONCE (`refill` and `cancel` are
 * writes the client never resends after anything may have reached the provider):
 * accepted → SENT (with the refill id); refused → REJECTED with the provider's words; answer lost →
 * FAILED (the customer may ask again later; never sent blindly twice); nothing sent (connection
 * refused, circuit open, out of funds, key refused, provider disabled) → claim released, PENDING,
 * for the retry job. The order's status is never touched here.
 */
export async function sendRequest(request: RequestRef, target: ProviderTarget, options: { notify: boolean }): Promise<SendOutcome> {
  const answer = await ask(request, target);
  const { notify } = options;
  if (answer.kind === "accepted") {
    const { providerRequestId } = answer;
    const message = providerRequestId ? `Provider refill ${providerRequestId}` : "The provider accepted the cancel request";
    await db.$transaction((tx) =>
      moveRequest(tx, request, { to: "SENT", message, notify, ...(providerRequestId ? { providerRequestId } : {}) }),
    );
    return "SENT";
  }
  if (answer.kind === "refused") {
    const { message } = answer;
    await db.$transaction((tx) => moveRequest(tx, request, { to: "REJECTED", message, notify }));
    return "REJECTED";
  }
  const { error } = answer;
  if (isProviderError(error) && error.outcomeUnknown) {
    const message = `The provider's answer was lost (${error.kind}); it was not sent again. You can try again later.`;
    await db.$transaction((tx) => moveRequest(tx, request, { to: "FAILED", message, notify, data: { error: error.message } }));
    return "FAILED";
  }
  if (isProviderError(error) && error.kind === "rejected") {
    await db.$transaction((tx) =>
      moveRequest(tx, request, { to: "REJECTED", message: error.message, notify, data: { reason: error.reason ?? "other" } }),
    );
    return "REJECTED";
  }
  // A disabled or deleted provider is expected (AppError); anything else unexpected is logged as a bug.
  if (!isProviderError(error) && !isAppError(error)) logger.error({ err: error, requestId: request.id }, "order request not sent");
  await release(
    request,
    isProviderError(error) ? `${error.kind}: ${error.message}` : error instanceof Error ? error.message : String(error),
  );
  return "PENDING";
}

/** The provider call alone: errors are returned, so a failure to write the answer is never mistaken for "not sent". */
async function ask(request: RequestRef, target: ProviderTarget): Promise<Answer> {
  try {
    const client = await providerClientFor(target.providerId);
    if (request.kind === "refill") {
      const { refillId } = await client.refill(target.providerOrderId);
      return { kind: "accepted", providerRequestId: refillId };
    }
    const [result] = [...(await client.cancel([target.providerOrderId])).values()];
    if (!result) return { kind: "refused", message: "Missing from the provider's answer" };
    return isItemError(result) ? { kind: "refused", message: result.error } : { kind: "accepted", providerRequestId: null };
  } catch (error) {
    return { kind: "thrown", error };
  }
}

/** Nothing reached the provider: the request waits (PENDING, claim released) for the retry job. */
async function release(request: RequestRef, reason: string) {
  await db.$transaction(async (tx) => {
    const released = await tx.orderRequest.updateMany({
      where: { id: request.id, status: "PENDING" },
      data: { lastCheckedAt: null, sendClaimedAt: null, message: "Waiting to be sent to the provider; it will be tried again shortly." },
    });
    if (released.count === 1)
      await recordOrderEvent(tx, {
        orderId: request.orderId,
        kind: `${request.kind}_deferred`,
        message: `Not sent: ${reason}`,
        data: { requestId: request.id },
      });
  });
}
