// PostgreSQL refuses U+0000 in text and jsonb, so a NUL that reaches a write or a query is a 500.
// Every way input comes in (zod parse, raw body readers, the request gate) refuses it first.
export const NUL = "\u0000";

/** The path ("items.2.link") of the first string or key holding a NUL, or null when there is none. */
export function nulPath(value: unknown, path: readonly (string | number)[] = []): string | null {
  if (typeof value === "string") return value.includes(NUL) ? (path.length ? path.join(".") : "body") : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = nulPath(item, [...path, index]);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === "object" && isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes(NUL)) return [...path, key.replaceAll(NUL, "\\0")].join(".");
      const found = nulPath(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

// Plain records only (JSON, forms, route params, which may have no prototype): not Dates, Files or Decimals.
function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Text for storing what a sender sent (a refused webhook, a log line): the NULs made visible. */
export function withoutNul(text: string): string {
  return text.replaceAll(NUL, "\\0");
}
