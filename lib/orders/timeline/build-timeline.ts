import { describeOrderEvent, type OrderFacts, type Sentence } from "./event-sentences";

export type RecordedEvent = {
  id: string;
  kind: string;
  fromStatus: string | null;
  toStatus: string | null;
  message: string | null;
  data: unknown;
  actorEmail: string | null;
  createdAt: Date;
};

export type TimelineEntry = {
  id: string;
  createdAt: Date;
  actorEmail: string | null;
  sentences: Sentence[];
  /** What was recorded, as pretty-printed JSON (the provider's words, the payload), for the folded details. */
  details: string;
};

/**
 * The order's events (newest first, as getOrderForAdmin returns them) as readable entries. Most moves
 * record only where they went: where they came from is the status the previous move reached.
 */
export function buildTimeline(events: readonly RecordedEvent[], order: OrderFacts): TimelineEntry[] {
  const oldestFirst = [...events].reverse();
  let current: string | null = null;
  const entries = oldestFirst.map((event) => {
    const fromStatus = event.fromStatus ?? (event.toStatus ? current : null);
    if (event.toStatus) current = event.toStatus;
    return {
      id: event.id,
      createdAt: event.createdAt,
      actorEmail: event.actorEmail,
      sentences: describeOrderEvent({ ...event, fromStatus }, order),
      details: details(event),
    };
  });
  return entries.reverse();
}

function details(event: RecordedEvent): string {
  const data = event.data && typeof event.data === "object" && Object.keys(event.data).length > 0 ? event.data : undefined;
  return JSON.stringify(
    {
      kind: event.kind,
      ...(event.fromStatus ? { fromStatus: event.fromStatus } : {}),
      ...(event.toStatus ? { toStatus: event.toStatus } : {}),
      ...(event.message ? { message: event.message } : {}),
      ...(data ? { data } : {}),
    },
    null,
    2,
  );
}
