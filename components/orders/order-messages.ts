import type { Failure } from "@/lib/http/envelope";

/**
 * The order verbs answer in English sentences that name the field ("quantity: must be between 10 and
 * 5000"). These rules give the known ones in the reader's language; anything else is shown as sent.
 */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

const WORDS: Record<string, string> = { "service id": "serviceIdWord", link: "linkWord", quantity: "quantityWord" };

type Rule = [RegExp, (match: RegExpMatchArray, t: Translate) => string];

const RULES: Rule[] = [
  [
    /^must be between (\d+) and (\d+) \(quantity × runs\)$/,
    (m, t) => t("orders.errors.betweenRuns", { min: Number(m[1]), max: Number(m[2]) }),
  ],
  [/^must be between (\d+) and (\d+)$/, (m, t) => t("orders.errors.between", { min: Number(m[1]), max: Number(m[2]) })],
  [/^this service does not exist or is not available$/, (_, t) => t("orders.errors.serviceUnavailable")],
  [/^this service is temporarily unavailable$/, (_, t) => t("orders.errors.serviceTemporarilyUnavailable")],
  [/^subscription services cannot be ordered here yet$/, (_, t) => t("orders.errors.subscriptions")],
  [/^must be a full link/, (_, t) => t("orders.errors.link")],
  [/^write at least one comment/, (_, t) => t("orders.errors.commentsRequired")],
  [/^write at least one username/, (_, t) => t("orders.errors.usernamesRequired")],
  [/^is required for this service$/, (_, t) => t("orders.errors.requiredForService")],
  [/^is required for a poll$/, (_, t) => t("orders.errors.requiredForPoll")],
  [/^this service has no drip-feed$/, (_, t) => t("orders.errors.noDripfeed")],
  [/^drip-feed needs both runs and interval$/, (_, t) => t("orders.errors.dripfeedBoth")],
  [/^is too small to price$/, (_, t) => t("orders.errors.tooSmallToPrice")],
  [/^not enough funds$/, (_, t) => t("orders.errors.notEnoughFunds")],
  [/^not enough funds — this order costs (\S+)$/, (m, t) => t("orders.errors.notEnoughFundsCost", { charge: m[1] })],
  [/^missing (service id|link|quantity) \(write:/, (m, t) => t("orders.errors.missingField", { field: t(`orders.errors.${WORDS[m[1]]}`) })],
  [/^write exactly: service_id \| link \| quantity$/, (_, t) => t("orders.errors.lineFormat")],
  [/^service id must be a number$/, (_, t) => t("orders.errors.serviceIdNumber")],
  [/^quantity must be a whole number$/, (_, t) => t("orders.errors.quantityWhole")],
  [
    /^order #(\d+) cannot be (refilled|canceled): (.+)$/,
    (m, t) =>
      t(m[2] === "refilled" ? "orders.errors.cannotRefill" : "orders.errors.cannotCancel", {
        id: m[1],
        reason: translateOrderText(m[3], t),
      }),
  ],
  [/^its service has no refill$/, (_, t) => t("orders.errors.reasonNoRefill")],
  [/^only completed or partial orders can be refilled$/, (_, t) => t("orders.errors.reasonNotFinished")],
  [/^the order has no finish date$/, (_, t) => t("orders.errors.reasonNoFinishDate")],
  [/^the (\d+)-day refill period has ended$/, (m, t) => t("orders.errors.reasonRefillEnded", { days: Number(m[1]) })],
  [/^its service cannot be canceled$/, (_, t) => t("orders.errors.reasonNoCancel")],
  [/^only pending or running orders can be canceled$/, (_, t) => t("orders.errors.reasonNotRunning")],
  [
    /^Order #(\d+) already has an open (refill|cancel) request\.$/,
    (m, t) => t(m[2] === "refill" ? "orders.errors.requestOpenRefill" : "orders.errors.requestOpenCancel", { id: m[1] }),
  ],
  [/^at most (\d+) lines at a time$/, (m, t) => t("orders.errors.tooManyLines", { max: Number(m[1]) })],
  // The English forms of the shared validation messages (lib/validation/issue-message.ts).
  [/^is required$/, (_, t) => t("validation.required")],
  [/^is not valid$/, (_, t) => t("validation.invalid")],
  [/^must be at least (\d+)$/, (m, t) => t("validation.tooSmall", { min: Number(m[1]) })],
  [/^must be at most (\d+)$/, (m, t) => t("validation.tooBig", { max: Number(m[1]) })],
];

/** One field's message (without the field name) in the reader's language. */
export function translateOrderText(text: string, t: Translate): string {
  for (const [pattern, render] of RULES) {
    const match = text.match(pattern);
    if (match) return render(match, t);
  }
  return text;
}

const FIELD_PREFIX = /^([a-zA-Z]+): (.+)$/s;

/** A whole server message: "quantity: must be …" becomes "Quantity: must be …" in the reader's language. */
export function translateOrderMessage(message: string, t: Translate, has: (key: string) => boolean): string {
  const match = message.match(FIELD_PREFIX);
  if (!match) return translateOrderText(message, t);
  const field = has(`orders.fields.${match[1]}`) ? t(`orders.fields.${match[1]}`) : match[1];
  return `${field}: ${translateOrderText(match[2], t)}`;
}

/** Field → first message, from `details.fields`, or from a message that starts with a field name. */
export function failureFields(failure: Failure): Record<string, string> {
  const fields = failure.error.details?.fields;
  if (fields && typeof fields === "object") {
    const out: Record<string, string> = {};
    for (const [field, messages] of Object.entries(fields as Record<string, unknown>)) {
      const first = Array.isArray(messages) ? messages[0] : messages;
      if (typeof first === "string") out[field] = first;
    }
    if (Object.keys(out).length > 0) return out;
  }
  const match = failure.error.message.match(FIELD_PREFIX);
  return match ? { [match[1]]: match[2] } : {};
}
