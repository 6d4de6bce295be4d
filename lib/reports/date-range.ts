import { TZDate } from "@date-fns/tz";
import { UTCDate } from "@date-fns/utc";
import { addDays, differenceInCalendarDays, format, startOfMonth } from "date-fns";
import { invalidField } from "@/lib/errors/app-error";

/** A span of whole days in the panel's time zone, both ends included, as YYYY-MM-DD. */
export type DayRange = { from: string; to: string };

export const RANGE_PRESETS = ["today", "7d", "30d", "month", "custom"] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

/** The longest range a dashboard or report covers: a leap year. */
export const MAX_RANGE_DAYS = 366;

const DAY_TEXT = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day as a date at UTC midnight, so day arithmetic never meets a clock change; null when impossible (2026-02-30). */
function parseDay(text: string): UTCDate | null {
  if (!DAY_TEXT.test(text)) return null;
  const [year, month, day] = text.split("-").map(Number);
  const date = new UTCDate(year, month - 1, day);
  return format(date, "yyyy-MM-dd") === text ? date : null;
}

const dayText = (date: Date) => format(date, "yyyy-MM-dd");

/** Today's date where the panel is. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return dayText(new TZDate(now.getTime(), timeZone));
}

export function shiftDay(day: string, days: number): string {
  return dayText(addDays(parseDay(day)!, days));
}

export function rangeLength(range: DayRange): number {
  return differenceInCalendarDays(parseDay(range.to)!, parseDay(range.from)!) + 1;
}

/** Every day of the range, in order (the x axis of the daily charts). */
export function daysOf(range: DayRange): string[] {
  return Array.from({ length: rangeLength(range) }, (_, index) => shiftDay(range.from, index));
}

/**
 * The days a preset means today, or a custom from/to checked: real dates, from ≤ to, at most a year,
 * not after today. Errors name the field.
 */
export function resolveRange(
  input: { preset: RangePreset; from?: string; to?: string },
  timeZone: string,
  now: Date = new Date(),
): DayRange {
  const today = todayIn(timeZone, now);
  switch (input.preset) {
    case "today":
      return { from: today, to: today };
    case "7d":
      return { from: shiftDay(today, -6), to: today };
    case "30d":
      return { from: shiftDay(today, -29), to: today };
    case "month":
      return { from: dayText(startOfMonth(parseDay(today)!)), to: today };
    case "custom":
      return customRange(input.from, input.to, today);
  }
}

function customRange(fromText: string | undefined, toText: string | undefined, today: string): DayRange {
  const from = fromText ? parseDay(fromText) : null;
  if (!from) throw invalidField("from", "validation.date");
  const to = toText ? parseDay(toText) : null;
  if (!to) throw invalidField("to", "validation.date");
  if (to < from) throw invalidField("to", "validation.dateOrder");
  if (dayText(to) > today) throw invalidField("to", "validation.dateFuture");
  if (differenceInCalendarDays(to, from) + 1 > MAX_RANGE_DAYS) throw invalidField("to", "validation.rangeTooLong", { max: MAX_RANGE_DAYS });
  return { from: dayText(from), to: dayText(to) };
}

/** The range of the same length just before: what the dashboard compares with. */
export function previousRange(range: DayRange): DayRange {
  const length = rangeLength(range);
  return { from: shiftDay(range.from, -length), to: shiftDay(range.from, -1) };
}
