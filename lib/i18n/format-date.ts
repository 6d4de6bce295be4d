/** Dates in the panel's time zone (Bangladesh), in the reader's language (Bengali digits for বাংলা). */
export function dateTimeFormat(locale: string, withSeconds = false): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale === "bn" ? "bn-BD" : "en-GB", {
    dateStyle: "medium",
    timeStyle: withSeconds ? "medium" : "short",
    timeZone: "Asia/Dhaka",
  });
}
