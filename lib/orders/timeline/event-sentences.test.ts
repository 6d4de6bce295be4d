import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/lib/i18n/messages";
import { buildTimeline, type RecordedEvent } from "./build-timeline";
import { ORDER_EVENT_KINDS } from "./event-kinds";
import { describeOrderEvent, type EventFacts, type OrderFacts } from "./event-sentences";
import { renderSentence } from "./render-sentence";

const LOCALES = ["en", "bn"] as const;

function tools(locale: (typeof LOCALES)[number]) {
  const onError = (error: Error) => {
    throw error;
  };
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "adminHistory.timeline", onError });
  const statuses = createTranslator({ locale, messages: MESSAGES[locale], namespace: "ordersAdmin.statuses", onError });
  return {
    locale,
    t: (key: string, values?: Record<string, string | number>) => t(key as never, values as never),
    status: (status: string) => statuses(status as never),
  };
}

const order: OrderFacts = { providerName: "Demo Provider", providerOrderId: "4521" };
const rich = {
  charge: "37.5000",
  source: "api",
  reason: "min_max",
  providerOrderId: "4521",
  clashWithOrderId: 17,
  claimedAt: "2026-12-01T10:00:00.000Z",
  minutes: 10,
  remains: 300,
  refunded: "12.5000",
  requestId: "req1",
  providerRequestId: "88",
  by: "admin",
  from: "IN_PROGRESS",
};

/** Each kind with everything it may carry, and with nothing at all. */
function samples(kind: string): EventFacts[] {
  return [
    { kind, fromStatus: "PENDING", toStatus: "IN_PROGRESS", data: rich, actorEmail: "admin@demo.test" },
    { kind, fromStatus: null, toStatus: null, data: null, actorEmail: null },
    { kind, fromStatus: null, toStatus: "PARTIAL", data: { refunded: "1.0000" }, actorEmail: null },
  ];
}

function sentences(event: EventFacts, locale: (typeof LOCALES)[number], facts: OrderFacts = order) {
  return describeOrderEvent(event, facts).map((sentence) => renderSentence(sentence, tools(locale)));
}

describe("order timeline sentences", () => {
  it("every kind the code records has a sentence in both languages", () => {
    for (const locale of LOCALES) {
      const events = MESSAGES[locale].adminHistory.timeline.events as Record<string, string>;
      const missing = ORDER_EVENT_KINDS.filter((kind) => !events[kind]);
      expect(missing, `kinds without a ${locale} sentence`).toEqual([]);
    }
  });

  it("every kind reads as words in both languages, whatever its data, never as its code or a placeholder", () => {
    for (const kind of ORDER_EVENT_KINDS)
      for (const locale of LOCALES)
        for (const event of samples(kind))
          for (const facts of [order, { providerName: null, providerOrderId: null }]) {
            const lines = sentences(event, locale, facts);
            expect(lines.length).toBeGreaterThan(0);
            for (const line of lines) {
              expect(line, `${kind} (${locale})`).not.toMatch(/[{}]|undefined|null|_/);
              expect(line).not.toContain(kind);
              expect(line.trim().length).toBeGreaterThan(5);
            }
          }
  });

  it("says what happened, with the provider, the amount and the status labels", () => {
    const base = { fromStatus: null, toStatus: null, data: null, actorEmail: null };
    expect(
      sentences({ ...base, kind: "forwarded", toStatus: "PROCESSING", fromStatus: "PENDING", data: { providerOrderId: "4521" } }, "en"),
    ).toEqual(["Forwarded to provider Demo Provider as #4521", "Status changed from Pending to Processing"]);
    expect(
      sentences(
        { ...base, kind: "admin_partial", toStatus: "PARTIAL", actorEmail: "x@y.test", data: { remains: 300, refunded: "12.5000" } },
        "en",
      ),
    ).toEqual([
      "Admin x@y.test marked the order partial: 300 not delivered",
      "Status changed to Partial",
      "Refunded ৳12.50 for 300 undelivered",
    ]);
    expect(sentences({ ...base, kind: "admin_cancel", toStatus: "CANCELED", actorEmail: "x@y.test" }, "en")[0]).toBe(
      "Admin x@y.test canceled the order",
    );
    const bn = sentences(
      { ...base, kind: "admin_partial", toStatus: "PARTIAL", actorEmail: "x@y.test", data: { remains: 300, refunded: "12.5000" } },
      "bn",
    );
    expect(bn[2]).toContain("৳১২.৫০");
    expect(bn[2]).toContain("৩০০");
    const forwarded = sentences({ ...base, kind: "forwarded", toStatus: "PROCESSING", data: { providerOrderId: "4521" } }, "bn");
    expect(forwarded[0]).toContain("#৪৫২১");
  });

  it("an unknown future kind gets a generic sentence, not its code", () => {
    const line = sentences({ kind: "teleported_upstream", fromStatus: null, toStatus: "COMPLETED", data: {}, actorEmail: null }, "en");
    expect(line).toEqual(["The order was updated", "Status changed to Completed"]);
  });
});

describe("buildTimeline", () => {
  const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 10, minute));
  const event = (id: string, kind: string, toStatus: string | null, minute: number, data: unknown = null): RecordedEvent => ({
    id,
    kind,
    fromStatus: null,
    toStatus,
    message: kind === "status_sync" ? "Provider says In progress" : null,
    data,
    actorEmail: null,
    createdAt: at(minute),
  });

  it("works out where each move came from, and keeps the raw record for the folded details", () => {
    const newestFirst = [
      event("4", "status_sync", "IN_PROGRESS", 4, { remains: 10 }),
      event("3", "forwarded", "PROCESSING", 3, { providerOrderId: "4521" }),
      event("2", "forward_attempt", null, 2),
      event("1", "created", "PENDING", 1, { charge: "10.0000", source: "web" }),
    ];
    const entries = buildTimeline(newestFirst, order);
    expect(entries.map((entry) => entry.id)).toEqual(["4", "3", "2", "1"]);
    const render = (index: number) => entries[index].sentences.map((sentence) => renderSentence(sentence, tools("en")));
    expect(render(0)).toEqual(["Status changed from Processing to In progress, as reported by provider Demo Provider"]);
    expect(render(1)).toEqual(["Forwarded to provider Demo Provider as #4521", "Status changed from Pending to Processing"]);
    expect(JSON.parse(entries[0].details)).toEqual({
      kind: "status_sync",
      toStatus: "IN_PROGRESS",
      message: "Provider says In progress",
      data: { remains: 10 },
    });
  });
});
