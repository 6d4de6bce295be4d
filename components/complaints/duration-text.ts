import type { useTranslations } from "next-intl";
import { durationParts } from "@/lib/complaints/case-times";
import { numberFormat } from "@/lib/i18n/format-number";

/** 3d 4h, 5h 10m, 12m in the reader's language and digits (৩ দিন ৪ ঘণ্টা). */
export function durationText(ms: number, t: ReturnType<typeof useTranslations<"moreTables.duration">>, locale: string): string {
  const numbers = numberFormat(locale, 0);
  const parts = durationParts(ms);
  if (parts.unit === "days") return t("days", { days: numbers.format(parts.days), hours: numbers.format(parts.hours) });
  if (parts.unit === "hours") return t("hours", { hours: numbers.format(parts.hours), minutes: numbers.format(parts.minutes) });
  return t("minutes", { minutes: numbers.format(parts.minutes) });
}
