import { resultsFor, slotsById } from "./by-id";
import { errorTextOf, isRecord, toBool } from "./coerce";
import type { CancelResult, ItemError } from "./types";

/**
 * `cancel` with `orders`: `[{order, cancel: 1 | {error}}]`. `1` means the provider ACCEPTED a cancel
 * request, not that the order is canceled: the status sync confirms it later.
 */
function readCancel(slot: unknown): CancelResult | ItemError {
  const value = isRecord(slot) ? slot.cancel : slot;
  if (isRecord(value)) return { error: errorTextOf(value) ?? "Unrecognised cancel answer" };
  const accepted = toBool(value);
  if (accepted === true) return { accepted: true };
  if (accepted === false) return { error: "The provider did not accept the cancel request" };
  return { error: errorTextOf(value) ?? "Unrecognised cancel answer" };
}

export function parseCancels(raw: unknown, orderIds: string[], providerId?: string): Map<string, CancelResult | ItemError> {
  return resultsFor(orderIds, slotsById(raw, "order", "cancel", providerId), readCancel);
}
