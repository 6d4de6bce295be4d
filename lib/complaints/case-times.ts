/** How long a case has been open and how long its first staff reply took (ms); null while nobody has replied. */
export function caseTimes(
  createdAt: string,
  firstResponseAt: string | null,
  now = Date.now(),
): { ageMs: number; firstResponseMs: number | null } {
  const created = Date.parse(createdAt);
  return { ageMs: now - created, firstResponseMs: firstResponseAt ? Date.parse(firstResponseAt) - created : null };
}

/** A duration's two largest units: days and hours, hours and minutes, or minutes alone. */
export type DurationParts =
  { unit: "days"; days: number; hours: number } | { unit: "hours"; hours: number; minutes: number } | { unit: "minutes"; minutes: number };

export function durationParts(ms: number): DurationParts {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  if (days) return { unit: "days", days, hours };
  if (hours) return { unit: "hours", hours, minutes: minutes % 60 };
  return { unit: "minutes", minutes };
}

/** 3d 4h, 5h 10m, 12m: enough to see what has waited too long (the English short form). */
export function duration(ms: number): string {
  const parts = durationParts(ms);
  if (parts.unit === "days") return `${parts.days}d ${parts.hours}h`;
  if (parts.unit === "hours") return `${parts.hours}h ${parts.minutes}m`;
  return `${parts.minutes}m`;
}
