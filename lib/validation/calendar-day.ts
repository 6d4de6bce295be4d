import { z } from "zod";

/** True for a real day written YYYY-MM-DD: 2024-02-29 is one, 2024-13-45 and 2023-02-29 are not. */
export function isCalendarDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** A date filter from a URL or a form (YYYY-MM-DD), refused unless it is a real calendar day. */
export const calendarDay = () => z.string().refine(isCalendarDay, "validation.date");
