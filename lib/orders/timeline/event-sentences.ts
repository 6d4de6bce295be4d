import { isOrderEventKind, type OrderEventKind } from "./event-kinds";

/**
 * The values a sentence needs, still raw: the page formats them in the reader's language (money,
 * counts and times through lib/i18n and lib/money, statuses through their labels).
 */
export type SentencePart =
  | { type: "id"; value: string }
  | { type: "choice"; value: string }
  | { type: "actor"; value: string | null; start?: boolean }
  | { type: "provider"; value: string | null; start?: boolean }
  | { type: "money"; value: string | null }
  | { type: "count"; value: number | null }
  | { type: "status"; value: string | null }
  | { type: "time"; value: string | null };

/** A message key under `adminHistory.timeline` and its values. */
export type Sentence = { key: string; values: Record<string, SentencePart> };

/** One timeline line as the sentences need it (fromStatus already worked out by build-timeline.ts). */
export type EventFacts = {
  kind: string;
  fromStatus: string | null;
  toStatus: string | null;
  data: unknown;
  actorEmail: string | null;
};

/** What the order itself tells about its events (older events did not keep the provider's order id). */
export type OrderFacts = { providerName: string | null; providerOrderId: string | null };

type Read = {
  event: EventFacts;
  order: OrderFacts;
  text(key: string): string | null;
  count(key: string): number | null;
};

const id = (value: string | null): SentencePart => ({ type: "id", value: value ?? "" });
const choice = (value: string): SentencePart => ({ type: "choice", value });
const yesNo = (value: unknown): SentencePart => choice(value ? "yes" : "no");
/** Who did it, mid-sentence (`actor`) and opening it (`actorStart`); an e-mail either way, "someone" when unknown. */
const actor = (read: Read): Record<"actor" | "actorStart", SentencePart> => ({
  actor: { type: "actor", value: read.event.actorEmail },
  actorStart: { type: "actor", value: read.event.actorEmail, start: true },
});
/**
 * The provider mid-sentence (`provider`) and opening it (`providerStart`: "Provider …", "The provider …"):
 * the one the event names (an order moved to another provider keeps who refused it), else the order's.
 */
const provider = (read: Read): Record<"provider" | "providerStart", SentencePart> => {
  const name = read.text("providerName") ?? read.order.providerName;
  return { provider: { type: "provider", value: name }, providerStart: { type: "provider", value: name, start: true } };
};
/** Where an order moved from (`fromProvider`, `fromProviderStart`) and to (`provider`), named as they were then. */
const moved = (read: Read) => ({
  ...provider(read),
  fromProvider: { type: "provider", value: read.text("fromProviderName") } satisfies SentencePart,
  fromProviderStart: { type: "provider", value: read.text("fromProviderName"), start: true } satisfies SentencePart,
  providerServiceId: id(read.text("providerServiceId")),
});
const status = (value: string | null): SentencePart => ({ type: "status", value });
const fromTo = (read: Read) => ({
  hasFrom: yesNo(read.event.fromStatus),
  from: status(read.event.fromStatus),
  to: status(read.event.toStatus),
});
const providerOrderId = (read: Read) => {
  const found = read.text("providerOrderId") ?? read.order.providerOrderId;
  return { hasId: yesNo(found), providerOrderId: id(found) };
};
const byAdmin = (read: Read) => ({
  byAdmin: yesNo(read.text("by") === "admin" || read.event.actorEmail),
  ...actor(read),
  ...provider(read),
});

type Values = (read: Read) => Record<string, SentencePart>;

const REQUEST_SENTENCES = {
  requested: actor,
  deferred: () => ({}),
  pending: () => ({}),
  sent: (read) => ({ ...provider(read), hasId: yesNo(read.text("providerRequestId")), requestId: id(read.text("providerRequestId")) }),
  in_progress: provider,
  completed: byAdmin,
  rejected: byAdmin,
  failed: () => ({}),
} satisfies Record<string, Values>;

/** The values of each kind's main sentence (`events.<kind>` in the catalogue). */
const SENTENCES: Record<OrderEventKind, Values> = {
  created: (read) => ({
    ...actor(read),
    source: choice(read.text("source") ?? "web"),
    amount: { type: "money", value: read.text("charge") },
  }),
  forward_attempt: (read) => ({ hasActor: yesNo(read.event.actorEmail), ...actor(read), ...provider(read) }),
  forward_deferred: provider,
  forward_uncertain: provider,
  forward_rejected: (read) => ({ ...provider(read), reason: choice(read.text("reason") ?? "other") }),
  forward_fallback: (read) => ({ ...moved(read), reason: choice(read.text("reason") ?? "other") }),
  forwarded: (read) => ({ ...provider(read), ...providerOrderId(read) }),
  forward_answer_late: (read) => ({ ...provider(read), ...providerOrderId(read) }),
  forward_unrecorded: (read) => ({
    ...provider(read),
    ...providerOrderId(read),
    hasClash: yesNo(read.count("clashWithOrderId")),
    clash: id(String(read.count("clashWithOrderId") ?? "")),
  }),
  forward_claim_expired: (read) => ({
    since: { type: "time", value: read.text("claimedAt") },
    minutes: { type: "count", value: read.count("minutes") },
  }),
  status_sync: (read) => ({ ...provider(read), ...fromTo(read) }),
  admin_partial: (read) => ({ ...actor(read), remains: { type: "count", value: read.count("remains") } }),
  admin_cancel: (read) => ({ ...actor(read), byRequest: yesNo(read.text("requestId")) }),
  admin_complete: actor,
  admin_status: (read) => ({ ...actor(read), ...fromTo(read) }),
  admin_resend: actor,
  admin_attach: (read) => ({ ...actor(read), ...providerOrderId(read) }),
  admin_move: (read) => ({ ...actor(read), ...moved(read) }),
  refill_requested: REQUEST_SENTENCES.requested,
  refill_deferred: REQUEST_SENTENCES.deferred,
  refill_pending: REQUEST_SENTENCES.pending,
  refill_sent: REQUEST_SENTENCES.sent,
  refill_in_progress: REQUEST_SENTENCES.in_progress,
  refill_completed: REQUEST_SENTENCES.completed,
  refill_rejected: REQUEST_SENTENCES.rejected,
  refill_failed: REQUEST_SENTENCES.failed,
  cancel_requested: REQUEST_SENTENCES.requested,
  cancel_deferred: REQUEST_SENTENCES.deferred,
  cancel_pending: REQUEST_SENTENCES.pending,
  cancel_sent: REQUEST_SENTENCES.sent,
  cancel_in_progress: REQUEST_SENTENCES.in_progress,
  cancel_completed: REQUEST_SENTENCES.completed,
  cancel_rejected: REQUEST_SENTENCES.rejected,
  cancel_failed: REQUEST_SENTENCES.failed,
};

/** Kinds whose main sentence already says the status change (no second "Status changed" line). */
const SAYS_STATUS: ReadonlySet<string> = new Set(["created", "status_sync", "admin_status"]);

/**
 * One event as sentences: its main sentence, then what else happened with it (the status change, the
 * refund). Unknown kinds (written by a future version) get a generic sentence, never the raw kind.
 */
export function describeOrderEvent(event: EventFacts, order: OrderFacts): Sentence[] {
  const read = reader(event, order);
  const main: Sentence = isOrderEventKind(event.kind)
    ? { key: `events.${event.kind}`, values: SENTENCES[event.kind](read) }
    : { key: "events.unknown", values: { hasActor: yesNo(event.actorEmail), ...actor(read) } };
  const sentences = [main];
  if (event.toStatus && !SAYS_STATUS.has(event.kind)) sentences.push({ key: "extra.statusChange", values: fromTo(read) });
  const refunded = read.text("refunded");
  if (refunded) {
    const remains = read.count("remains");
    sentences.push({
      key: "extra.refunded",
      values: {
        amount: { type: "money", value: refunded },
        partial: yesNo(event.toStatus === "PARTIAL" && remains),
        remains: { type: "count", value: remains },
      },
    });
  }
  return sentences;
}

function reader(event: EventFacts, order: OrderFacts): Read {
  const data = event.data && typeof event.data === "object" && !Array.isArray(event.data) ? (event.data as Record<string, unknown>) : {};
  return {
    event,
    order,
    text: (key) => {
      const value = data[key];
      return typeof value === "string" && value !== "" ? value : typeof value === "number" ? String(value) : null;
    },
    count: (key) => {
      const value = data[key];
      const number = typeof value === "number" ? value : typeof value === "string" && /^\d+$/.test(value) ? Number(value) : null;
      return number !== null && Number.isFinite(number) ? number : null;
    },
  };
}
