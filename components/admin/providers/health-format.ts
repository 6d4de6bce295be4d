// Dates and durations on the provider health card and chart, in the reader's language (Bengali digits
// for বাংলা); numbers come from lib/i18n/format-number.ts.
import { intlLocale } from "@/lib/i18n/format-number";

export { intlLocale, numberFormat, percentFormat } from "@/lib/i18n/format-number";

/** Short axis dates (day and month) in the panel's time zone. */
export function dayFormat(locale: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(intlLocale(locale), { day: "numeric", month: "short", timeZone: "Asia/Dhaka" });
}

export type DurationText =
  | { key: "seconds"; values: { seconds: number } }
  | { key: "minutes"; values: { minutes: number } }
  | { key: "hours"; values: { hours: number; minutes: number } }
  | { key: "days"; values: { days: number; hours: number } };

/** A duration in its two largest units (rounded to whole units), as a message key under providerHealth.health. */
export function durationText(totalSeconds: number): DurationText {
  const seconds = Math.max(0, Math.round(totalSeconds));
  if (seconds < 60) return { key: "seconds", values: { seconds } };
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return { key: "minutes", values: { minutes } };
  if (minutes < 24 * 60) return { key: "hours", values: { hours: Math.floor(minutes / 60), minutes: minutes % 60 } };
  const hours = Math.round(minutes / 60);
  return { key: "days", values: { days: Math.floor(hours / 24), hours: hours % 24 } };
}

/**
 * Reading times in the panel's time zone. A 24-hour clock: bn-BD's 12-hour clock writes "AM"/"PM"
 * in Latin letters.
 */
export function readingTimeFormat(locale: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeStyle: "short", hourCycle: "h23", timeZone: "Asia/Dhaka" });
}
