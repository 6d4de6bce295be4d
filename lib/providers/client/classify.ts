import type { ProviderErrorKind, RejectReason } from "./errors";

/**
 * Error texts met in the wild, mapped to what they mean for us. Texts are normalised first
 * (lower case; `.`, `_`, `-` as spaces), so keys like `neworder.error.not_enough_funds` match too.
 */
export type TextClass = { kind: ProviderErrorKind; reason?: RejectReason; known: boolean };

type Rule = { pattern: RegExp; kind: ProviderErrorKind; reason?: RejectReason };

const RULES: Rule[] = [
  {
    pattern:
      /\bapi ?key\b|\b(invalid|incorrect|wrong|bad) key\b|\bkey (is )?(invalid|incorrect|wrong)\b|\bunauthori[sz]ed\b|\bauth(entication)? failed\b/,
    kind: "auth",
  },
  {
    pattern:
      /\baccount (is |has been )?(banned|suspended|blocked|disabled)\b|\buser (is )?(banned|blocked)\b|\bip\b.*\b(not allowed|not whitelisted|blocked)\b/,
    kind: "auth",
  },
  {
    pattern: /\b(not enough|insufficient|no) (funds|balance|money)\b|\b(low|negative) balance\b|\bbalance (is )?(too )?low\b/,
    kind: "funds",
  },
  { pattern: /\btoo many requests\b|\brate limit/, kind: "rate_limited" },
  {
    pattern: /\bactive order\b|\bduplicate\b|\balready (has |have )?(an )?(active|running|pending) order\b/,
    kind: "rejected",
    reason: "duplicate_link",
  },
  {
    pattern:
      /\bservice\b.*\b(id|disabled|inactive|not active|unavailable|not available|off|not found|does not exist|not exist)\b|\b(incorrect|invalid|wrong|unknown|disabled) service\b/,
    kind: "rejected",
    reason: "service_off",
  },
  {
    pattern: /\b(incorrect|invalid|wrong|unknown) order\b|\border (id )?(not found|does not exist|is incorrect|is invalid)\b|\border id\b/,
    kind: "rejected",
    reason: "incorrect_order",
  },
  { pattern: /\bquantity\b|\b(minimal|minimum|maximal|maximum)\b|\b(min|max) (order|amount)\b/, kind: "rejected", reason: "min_max" },
  { pattern: /\blink\b|\burl\b|\bprivate\b|\busername\b.*\b(not found|invalid|incorrect)\b/, kind: "rejected", reason: "bad_link" },
];

export function normaliseErrorText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[._-]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** What an error text means; unrecognised texts are a refusal with reason `other` (`known: false`). */
export function classifyErrorText(text: string): TextClass {
  const normal = normaliseErrorText(text);
  for (const rule of RULES) {
    if (rule.pattern.test(normal)) return { kind: rule.kind, reason: rule.reason, known: true };
  }
  return { kind: "rejected", reason: "other", known: false };
}

/** What an HTTP status alone means (null: a success status). */
export function classifyHttpStatus(status: number): ProviderErrorKind | null {
  if (status >= 200 && status < 300) return null;
  if (status === 401 || status === 403) return "auth";
  if (status === 402) return "funds";
  if (status === 429) return "rate_limited";
  if (status === 408) return "timeout";
  if (status >= 500) return "server";
  if (status >= 300 && status < 400) return "protocol";
  return "rejected";
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}
