import { money, type Money } from "@/lib/money/money";

/**
 * Tolerant readers for values as real panels send them: numbers as strings, booleans as 0/1/"true",
 * blanks for "nothing". Each returns null when the value cannot be read (never a guess).
 */
export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A trimmed non-empty string (numbers become their text), else null. */
export function toText(value: unknown): string | null {
  if (typeof value === "string") return value.trim() === "" ? null : value.trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return null;
}

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Money from a string (exact) or a JSON number (through its shortest text form); never via a float sum. */
export function toMoney(value: unknown): Money | null {
  if (typeof value === "number") return Number.isFinite(value) ? money(String(value)) : null;
  if (typeof value !== "string") return null;
  const text = value.trim();
  return DECIMAL.test(text) ? money(text) : null;
}

/** A whole number from 12, "12", " 12 ", "12.0"; null for "Unknown", blanks, fractions and overflows. */
export function toInt(value: unknown): number | null {
  const text = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : null;
  if (text === null || !/^[+-]?\d+(\.0*)?$/.test(text)) return null;
  const parsed = Number.parseInt(text, 10);
  return Number.isSafeInteger(parsed) ? parsed : null;
}

const TRUE_WORDS = new Set(["1", "true", "yes", "y", "on", "enabled"]);
const FALSE_WORDS = new Set(["0", "false", "no", "n", "off", "disabled", ""]);

/** A flag from true/false, 1/0, "1"/"0", "true"/"false", "yes"/"no"; null when unreadable. */
export function toBool(value: unknown): boolean | null {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value === 1 ? true : value === 0 ? false : null;
  if (typeof value !== "string") return null;
  const word = value.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return null;
}

/** An identifier (order, service, refill) as a string; numbers keep their digits. */
export function toId(value: unknown): string | null {
  if (typeof value === "number") return Number.isSafeInteger(value) && value >= 0 ? String(value) : null;
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

/** An error text from an `{error}` slot: a string, or an object carrying `error`/`message`. */
export function errorTextOf(value: unknown): string | null {
  if (typeof value === "string") return value.trim() === "" ? null : value.trim();
  if (isRecord(value)) return errorTextOf(value.error) ?? errorTextOf(value.message);
  return null;
}

/** Lower-cased keys, so `Charge`, `START_COUNT` and `start_count` read alike. */
export function lowerKeys(record: JsonRecord): JsonRecord {
  const out: JsonRecord = {};
  for (const [key, value] of Object.entries(record)) {
    const lower = key.toLowerCase();
    if (!(lower in out)) out[lower] = value;
  }
  return out;
}
