import { TZDate } from "@date-fns/tz";

/**
 * A subscription's optional expiry: a calendar day, typed as the protocol's d/m/Y ("31/12/2026", as
 * /api/v2 clients send it) or as YYYY-MM-DD (what a browser's date input gives). Stored and forwarded
 * as dd/mm/yyyy; the order's `expiresAt` is the end of that day where the panel is (its time zone).
 */
export type Day = { year: number; month: number; day: number };

const DMY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day written, or null when it is not a real calendar day (30/02/2027) or not in either form. */
export function parseExpiryDay(text: string): Day | null {
  const dmy = DMY.exec(text);
  const iso = dmy ? null : ISO.exec(text);
  if (!dmy && !iso) return null;
  const [day, month, year] = dmy ? [dmy[1], dmy[2], dmy[3]].map(Number) : [iso![3], iso![2], iso![1]].map(Number);
  if (year < 2000) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? { year, month, day } : null;
}

/** The protocol's form: dd/mm/yyyy. */
export function expiryText({ year, month, day }: Day): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(day)}/${two(month)}/${year}`;
}

/** The last millisecond of that day in `timeZone` (the subscription runs through the whole day). */
export function expiryEnd({ year, month, day }: Day, timeZone: string): Date {
  return new Date(new TZDate(year, month - 1, day, 23, 59, 59, 999, timeZone).getTime());
}
