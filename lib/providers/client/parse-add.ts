import { isRecord, toId } from "./coerce";
import { ProviderError } from "./errors";
import type { AddResult } from "./types";

/**
 * `add`: `{"order": 23501}` or `{"status": "success", "order": …}`. An answer without an order id is a
 * protocol error whose outcome is unknown: the provider may have created the order anyway.
 */
export function parseAdd(raw: unknown, providerId?: string): AddResult {
  const order = isRecord(raw) ? toId(raw.order ?? raw.order_id ?? raw.id) : null;
  if (order === null) {
    throw new ProviderError({
      kind: "protocol",
      action: "add",
      providerId,
      message: "The add answer has no order id",
      outcomeUnknown: true,
    });
  }
  return { providerOrderId: order };
}
