import { toId, toInt, toText, type JsonRecord } from "./coerce";

/** What drip-feed parents, subscriptions and their children add to a status answer (only the keys present). */
export type StatusExtras = {
  /** Drip-feed: runs done so far. */
  runs?: number;
  /** Drip-feed and subscription: the provider's ids of the child orders made so far. */
  childIds?: string[];
  /** Subscription: posts seen so far. */
  posts?: number;
  /** Subscription: when it ends (the provider's d/m/Y, or an ISO date). */
  expiry?: Date;
  /** A child order: the units it was made for. */
  quantity?: number;
};

/**
 * Reads the extra keys tolerantly (item keys already lower-cased): numbers as strings, `orders` as a JSON
 * array or a comma list, an unreadable value left out (never a guess). Answers of ordinary orders carry
 * none of them and gain nothing.
 */
export function readStatusExtras(item: JsonRecord): StatusExtras {
  const extras: StatusExtras = {};
  const runs = toInt(item.runs);
  if (runs !== null && runs >= 0) extras.runs = runs;
  const posts = toInt(item.posts);
  if (posts !== null && posts >= 0) extras.posts = posts;
  const quantity = toInt(item.quantity);
  if (quantity !== null && quantity >= 0) extras.quantity = quantity;
  const childIds = readIdList(item.orders);
  if (childIds) extras.childIds = childIds;
  const expiry = readDay(item.expiry);
  if (expiry) extras.expiry = expiry;
  return extras;
}

/** `[1, "2"]` or `"1,2"` → ["1", "2"], without repeats; null when the key is absent or unreadable. */
export function readIdList(value: unknown): string[] | null {
  let tokens: unknown[];
  if (Array.isArray(value)) tokens = value;
  else if (typeof value === "string") tokens = value.split(",");
  else if (typeof value === "number") tokens = [value];
  else return null;
  const ids = tokens.map((token) => toId(typeof token === "string" ? token.trim() : token)).filter((id): id is string => id !== null);
  return [...new Set(ids)];
}

/** "31/12/2026" (d/m/Y, the protocol's), "2026-12-31" or an ISO time → that day (UTC); anything else → null. */
export function readDay(value: unknown): Date | null {
  const text = toText(value);
  if (!text) return null;
  const dmy = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(text);
  const ymd = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(text);
  const [year, month, day] = dmy ? [+dmy[3], +dmy[2], +dmy[1]] : ymd ? [+ymd[1], +ymd[2], +ymd[3]] : [0, 0, 0];
  if (!year) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  // 31/02/2026 rolls over: refuse it rather than store another day.
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}
