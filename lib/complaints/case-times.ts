/** How long a case has been open and how long its first staff reply took (ms); null while nobody has replied. */
export function caseTimes(
  createdAt: string,
  firstResponseAt: string | null,
  now = Date.now(),
): { ageMs: number; firstResponseMs: number | null } {
  const created = Date.parse(createdAt);
  return { ageMs: now - created, firstResponseMs: firstResponseAt ? Date.parse(firstResponseAt) - created : null };
}

/** 3d 4h, 5h 10m, 12m: enough to see what has waited too long. */
export function duration(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  if (days) return `${days}d ${hours}h`;
  if (hours) return `${hours}h ${minutes % 60}m`;
  return `${minutes}m`;
}
