import { numberFormat } from "@/lib/i18n/format-number";
import { localDigits } from "@/lib/i18n/local-digits";
import { formatMoney } from "@/lib/money/format";

/** Messages under `adminHistory.audit.values`. */
export type ValueMessages = {
  (key: string): string;
  has(key: string): boolean;
};

const MONEY_FIELDS: ReadonlySet<string> = new Set(["rate", "balance", "amount", "refunded", "refundedNow", "charge"]);
/** Identifiers are shown as written (a provider's order 4521 is not "4,521"). */
const ID_FIELDS: ReadonlySet<string> = new Set(["orderId", "serviceId", "categoryId", "userId", "providerId", "providerOrderId", "prefix"]);
const DECIMAL = /^-?\d+(\.\d+)?$/;

/** `code`: structured, shown as JSON; `typed`: what a person typed (a reason, a name), shown as written. */
export type AuditValueText = { text: string; code: boolean; typed?: boolean };

/**
 * An audited value as a person reads it: amounts as money, counts and ids in the reader's digits, known
 * status/role words by their labels, yes/no, "—" for nothing; anything structured stays JSON (`code`).
 */
export function auditValueText(
  field: string,
  value: unknown,
  locale: string,
  t: ValueMessages,
  /** Users and providers by id (an e-mail, a name), shown instead of their ids. */
  names: Readonly<Record<string, string>> = {},
): AuditValueText {
  if (value === undefined || value === null || value === "") return { text: t("empty"), code: false };
  if (typeof value === "boolean") return { text: t(value ? "yes" : "no"), code: false };
  if (ID_FIELDS.has(field) && (typeof value === "string" || typeof value === "number")) {
    const text = String(value);
    if (names[text]) return { text: names[text], code: false, typed: true };
    return /^\d+$/.test(text) ? { text: localDigits(text, locale), code: false } : { text, code: false, typed: true };
  }
  if (typeof value === "number") return { text: numberFormat(locale).format(value), code: false };
  if (typeof value === "string") {
    if (MONEY_FIELDS.has(field) && DECIMAL.test(value)) return { text: formatMoney(value, "BDT", locale), code: false };
    // Intl formats the decimal string itself (no float is made of it).
    if (DECIMAL.test(value)) return { text: numberFormat(locale).format(value as unknown as number), code: false };
    if (/^[A-Z][A-Z_]*$/.test(value) && t.has(`words.${value}`)) return { text: t(`words.${value}`), code: false };
    return { text: value, code: false, typed: true };
  }
  return { text: JSON.stringify(value), code: true };
}
