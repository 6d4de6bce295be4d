import { errorTextOf, isRecord, toId } from "./coerce";
import { ProviderError, type ProviderAction } from "./errors";
import type { ItemError } from "./types";

/**
 * Multi-id answers come either keyed by id (`{"1": {…}, "2": {…}}`) or as an array of items that
 * name their id (`[{"order": 1, …}]`). Both become a Map from id to the item as sent.
 */
export function slotsById(raw: unknown, idField: string, action: ProviderAction, providerId?: string): Map<string, unknown> {
  const slots = new Map<string, unknown>();
  if (Array.isArray(raw)) {
    for (const item of raw) {
      const id = isRecord(item) ? toId(item[idField] ?? item.id) : null;
      if (id !== null && !slots.has(id)) slots.set(id, item);
    }
    return slots;
  }
  if (isRecord(raw)) {
    for (const [id, value] of Object.entries(raw)) slots.set(id.trim(), value);
    return slots;
  }
  throw new ProviderError({
    kind: "protocol",
    action,
    providerId,
    message: `The ${action} answer is neither a list nor an object keyed by id`,
  });
}

/**
 * One result per asked id, in the order asked: the slot read by `read`, a per-id error the provider
 * sent (`{"error": …}` or a bare string), or an error for an id the answer left out.
 */
export function resultsFor<T>(
  ids: string[],
  slots: Map<string, unknown>,
  read: (slot: unknown) => T | ItemError,
): Map<string, T | ItemError> {
  const results = new Map<string, T | ItemError>();
  for (const id of ids) {
    if (!slots.has(id)) {
      results.set(id, { error: "Missing from the provider's answer" });
      continue;
    }
    const slot = slots.get(id);
    const bare = typeof slot === "string" ? errorTextOf(slot) : null;
    const sent = isRecord(slot) && slot.error !== undefined && slot.error !== null && slot.error !== "" ? errorTextOf(slot.error) : null;
    const error = bare ?? sent;
    results.set(id, error !== null ? { error } : read(slot));
  }
  return results;
}

/** Ids as trimmed strings, without repeats; at most `limit` (the protocol's 100). */
export function normaliseIds(ids: ReadonlyArray<string | number>, limit = 100): string[] {
  const unique = [...new Set(ids.map((id) => String(id).trim()))];
  if (unique.some((id) => id === "")) throw new RangeError("An id is empty");
  if (unique.length > limit) throw new RangeError(`At most ${limit} ids per call (got ${unique.length})`);
  return unique;
}
