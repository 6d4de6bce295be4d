// When the parts of a drip-feed (its runs) or of a subscription (its posts) happen, on the order's own
// clock: nothing for the first 10 % of its duration (like an ordinary order's Pending), then `count`
// equal slots over the rest. Part k starts at the beginning of slot k and is delivered, as an ordinary
// order of its own, by the slot's end, so the last part of a bounded series ends exactly at the duration.
// Pure: times are milliseconds after the order was placed.

export interface Slot {
  startMs: number;
  endMs: number;
}

export function pendingMsOf(durationMs: number): number {
  return Math.floor(durationMs / 10);
}

/** Slot k of `count` (k may pass `count` for an unbounded series: the slots go on at the same pace). */
export function slotOf(durationMs: number, count: number, k: number): Slot {
  const pendingMs = pendingMsOf(durationMs);
  const spanMs = durationMs - pendingMs;
  return { startMs: pendingMs + Math.floor((k * spanMs) / count), endMs: pendingMs + Math.floor(((k + 1) * spanMs) / count) };
}

/** How many of the first `limit` slots have started by `elapsedMs` (and before `stopMs`, if given). */
export function slotsStarted(durationMs: number, count: number, limit: number, elapsedMs: number, stopMs = Infinity): number {
  let started = 0;
  while (started < limit) {
    const { startMs } = slotOf(durationMs, count, started);
    if (startMs > elapsedMs || startMs >= stopMs) break;
    started += 1;
  }
  return started;
}
