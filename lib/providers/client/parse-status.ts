import { resultsFor, slotsById } from "./by-id";
import { isRecord, lowerKeys, toInt, toMoney, toText } from "./coerce";
import { ProviderError } from "./errors";
import { mapOrderStatus } from "@/lib/api-v2/map-status";
import { readStatusExtras } from "./parse-status-extras";
import type { ItemError, StatusResult } from "./types";

/** One order's status object, or why it cannot be read. */
export function readStatus(slot: unknown): StatusResult | ItemError {
  if (!isRecord(slot)) return { error: "Unrecognised status answer" };
  const item = lowerKeys(slot);
  const rawStatus = toText(item.status);
  if (rawStatus === null) return { error: "The answer has no status" };
  return {
    charge: toMoney(item.charge),
    startCount: toInt(item.start_count ?? item.startcount),
    status: mapOrderStatus(rawStatus),
    rawStatus,
    remains: toInt(item.remains),
    currency: toText(item.currency)?.toUpperCase() ?? null,
    ...readStatusExtras(item),
  };
}

/** `status` with `order`: the answer is the status object itself. */
export function parseStatus(raw: unknown, providerId?: string): StatusResult {
  const read = readStatus(raw);
  if ("error" in read) throw new ProviderError({ kind: "protocol", action: "status", providerId, message: read.error });
  return read;
}

/** `status` with `orders`: an object keyed by order id; a result or an error for every id asked. */
export function parseStatuses(raw: unknown, ids: string[], providerId?: string): Map<string, StatusResult | ItemError> {
  return resultsFor(ids, slotsById(raw, "order", "status", providerId), readStatus);
}
