import { money } from "@/lib/money/money";

/** One field an audited change touched: `undefined` where a side did not have it. */
export type AuditChange = { field: string; before: unknown; after: unknown };

const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * What changed between an audit entry's before and after: the fields after holds whose values differ
 * from before's, in the order they are stored (jsonb orders keys shortest first). A field after leaves out was not touched (the verbs record only
 * what they change). A missing side (a creation, a removal) counts as empty, so every field of the
 * other side is listed. Amounts written with different decimals (12.5 and 12.5000) are the same amount.
 */
export function auditDiff(before: unknown, after: unknown): AuditChange[] {
  const old = fields(before);
  const now = fields(after);
  const names = after === null || after === undefined ? Object.keys(old) : Object.keys(now);
  return names.filter((field) => !same(old[field], now[field])).map((field) => ({ field, before: old[field], after: now[field] }));
}

function fields(side: unknown): Record<string, unknown> {
  if (side === null || side === undefined) return {};
  if (typeof side === "object" && !Array.isArray(side)) return side as Record<string, unknown>;
  return { value: side };
}

function same(left: unknown, right: unknown): boolean {
  if (left === undefined || left === null || right === undefined || right === null) return (left ?? null) === (right ?? null);
  if (isDecimal(left) && isDecimal(right)) return money(String(left)).eq(money(String(right)));
  return canonical(left) === canonical(right);
}

const isDecimal = (value: unknown) =>
  (typeof value === "string" && DECIMAL.test(value)) || (typeof value === "number" && Number.isFinite(value));

/** JSON with object keys sorted, so {a, b} and {b, a} compare equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object")
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(",")}}`;
  return JSON.stringify(value) ?? "null";
}
