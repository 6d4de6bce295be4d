import { TZDate } from "@date-fns/tz";

// A subscription's expiry is a calendar day; `expiresAt` keeps the end of that day where the panel is.

/** The last millisecond of `day` (a UTC midnight, as the status parser reads d/m/Y) in `timeZone`. */
export function dayEndIn(day: Date, timeZone: string): Date {
  return new Date(new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 23, 59, 59, 999, timeZone).getTime());
}

/** The protocol's d/m/Y of the day `at` falls on in `timeZone` ("31/12/2026"). */
export function dayTextIn(at: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", { timeZone, day: "2-digit", month: "2-digit", year: "numeric" })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.day}/${parts.month}/${parts.year}`;
}
