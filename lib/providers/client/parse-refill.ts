import { resultsFor, slotsById } from "./by-id";
import { errorTextOf, isRecord, toId, toText } from "./coerce";
import { ProviderError } from "./errors";
import { mapRefillStatus } from "@/lib/api-v2/map-status";
import type { ItemError, RefillResult, RefillStatusResult } from "./types";

/** A refill id, or the error the provider put in its place (`{error}`, or a sentence instead of an id). */
function readRefillId(value: unknown): RefillResult | ItemError {
  if (isRecord(value)) return { error: errorTextOf(value) ?? "Unrecognised refill answer" };
  const id = toId(value);
  if (id === null) return { error: "The answer has no refill id" };
  return /\s/.test(id) ? { error: id } : { refillId: id };
}

function readRefillStatus(value: unknown): RefillStatusResult | ItemError {
  if (isRecord(value)) return { error: errorTextOf(value) ?? "Unrecognised refill status" };
  const rawStatus = toText(value);
  if (rawStatus === null) return { error: "The answer has no refill status" };
  return { status: mapRefillStatus(rawStatus), rawStatus };
}

/** `refill` with `order`: `{"refill": "<id>"}`. */
export function parseRefill(raw: unknown, providerId?: string): RefillResult {
  const read = readRefillId(isRecord(raw) ? raw.refill : undefined);
  if ("error" in read) throw new ProviderError({ kind: "protocol", action: "refill", providerId, message: read.error });
  return read;
}

/** `refill` with `orders`: `[{order, refill: id | {error}}]`, one result per order asked. */
export function parseRefills(raw: unknown, orderIds: string[], providerId?: string): Map<string, RefillResult | ItemError> {
  const slots = slotsById(raw, "order", "refill", providerId);
  return resultsFor(orderIds, slots, (slot) => readRefillId(isRecord(slot) ? slot.refill : slot));
}

/** `refill_status` with `refill`: `{"status": "Completed"}`. */
export function parseRefillStatus(raw: unknown, providerId?: string): RefillStatusResult {
  const read = readRefillStatus(isRecord(raw) ? raw.status : undefined);
  if ("error" in read) throw new ProviderError({ kind: "protocol", action: "refill_status", providerId, message: read.error });
  return read;
}

/** `refill_status` with `refills`: `[{refill, status: text | {error}}]`, one result per refill asked. */
export function parseRefillStatuses(raw: unknown, refillIds: string[], providerId?: string): Map<string, RefillStatusResult | ItemError> {
  const slots = slotsById(raw, "refill", "refill_status", providerId);
  return resultsFor(refillIds, slots, (slot) => readRefillStatus(isRecord(slot) ? slot.status : slot));
}
