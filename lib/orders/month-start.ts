import { TZDate } from "@date-fns/tz";
import { startOfMonth } from "date-fns";

/** The instant this calendar month began where the panel is (its first day, 00:00 in `timeZone`). */
export function monthStartIn(timeZone: string, now: Date = new Date()): Date {
  return new Date(startOfMonth(new TZDate(now.getTime(), timeZone)).getTime());
}
