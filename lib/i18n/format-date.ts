import { intlLocale } from "./intl-locale";

/**
 * Dates in the panel's time zone (Bangladesh), in the reader's language: Bengali digits for বাংলা,
 * on a 24-hour clock in both (Bengali's 12-hour clock writes a Latin "AM"/"PM").
 */
export function dateTimeFormat(locale: string, withSeconds = false): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: "medium",
    timeStyle: withSeconds ? "medium" : "short",
    timeZone: "Asia/Dhaka",
    hourCycle: "h23",
  });
}

/** A day in the panel's time zone, in the reader's language (Bengali digits for বাংলা), e.g. 6 Dec 2026. */
export function dateFormat(locale: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeZone: "Asia/Dhaka" });
}
