import { createTranslator } from "next-intl";
import { localDigits } from "./local-digits";
import english from "./messages/en.stored.json";

/*
 * Texts the panel stores for people to read later (ledger memos, notices) are kept as a message key
 * and its values (`stored.*` in lib/i18n/messages/*.stored.json), beside the English sentence, so
 * each reader sees them in their own language. Rows written before, and people's own words (an
 * admin's adjustment reason, a case title), have no key and are shown as stored.
 */
export type StoredMessage = { key: string; values?: Record<string, string | number> };
/** A notice's title and body as keys (the body may be people's own words, then it has none). */
export type NoticeMessage = { title?: StoredMessage; body?: StoredMessage };

type Translator = { (key: string, values?: Record<string, string | number>): string; has: (key: string) => boolean };

const translateEnglish = createTranslator({ locale: "en", messages: english });

export function englishText(message: StoredMessage): string {
  return translateEnglish(message.key as never, message.values as never);
}

/** Plain text or a message → the English to store beside it. */
export function storedEnglish(text: string | StoredMessage): string {
  return typeof text === "string" ? text : englishText(text);
}

/** Only the keyed part of a text (null for plain text). */
export function keyedOnly(text: string | StoredMessage | undefined | null): StoredMessage | undefined {
  return text && typeof text !== "string" ? text : undefined;
}

function isStoredMessage(value: unknown): value is StoredMessage {
  return typeof value === "object" && value !== null && typeof (value as StoredMessage).key === "string";
}

/** A JSON column read back: the message, or null when it is absent or not one. */
export function readStoredMessage(value: unknown): StoredMessage | null {
  return isStoredMessage(value) ? value : null;
}

export function readNoticeMessage(value: unknown): NoticeMessage | null {
  if (typeof value !== "object" || value === null) return null;
  const { title, body } = value as Record<string, unknown>;
  const message = { title: readStoredMessage(title) ?? undefined, body: readStoredMessage(body) ?? undefined };
  return message.title || message.body ? message : null;
}

/**
 * The reader's text: the message in their language when the catalogue knows it, else what was stored.
 * Numbers among the values (an order's id, an amount) are written in the reader's digits.
 */
export function storedText(message: StoredMessage | null | undefined, stored: string, t: Translator, locale = "en"): string {
  return message && t.has(message.key) ? t(message.key, readerValues(message.values, locale)) : stored;
}

function readerValues(values: StoredMessage["values"], locale: string): StoredMessage["values"] {
  if (!values || locale === "en") return values;
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      typeof value === "number" || /^-?\d+(?:\.\d+)?$/.test(value) ? localDigits(String(value), locale) : value,
    ]),
  );
}
