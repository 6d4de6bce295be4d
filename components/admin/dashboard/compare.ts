import Decimal from "decimal.js";

export type Change = { key: "up" | "down" | "same" | "fresh" | "none"; percent: number };

/** How a figure moved against the previous range: a ratio for the reader's percent format. */
export function changeOf(current: string | number, previous: string | number): Change {
  const now = new Decimal(current);
  const before = new Decimal(previous);
  if (before.isZero()) return { key: now.isZero() ? "same" : "fresh", percent: 0 };
  const ratio = now.minus(before).div(before.abs());
  if (ratio.isZero()) return { key: "same", percent: 0 };
  return { key: ratio.gt(0) ? "up" : "down", percent: ratio.abs().toDecimalPlaces(4).toNumber() };
}
