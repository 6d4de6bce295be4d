import { logger } from "@/lib/log/logger";
import { EVENTS, type EventData, type EventName } from "./events";
import { jobsMode } from "./mode";

type OutgoingEvent = { name: string; data: Record<string, unknown>; id: string };
/** Sends events in one call (Inngest takes a batch in one request). */
type Sender = (events: OutgoingEvent[]) => Promise<void>;

const holder = globalThis as unknown as { jobEventSender?: Sender };

/** Set at start-up: the local runner in local mode, Inngest's client otherwise. */
export function setEventSender(sender: Sender): void {
  holder.jobEventSender = sender;
}

/**
 * Sends a background event after the change that caused it has committed. A lost event is never fatal:
 * sweeper crons pick up what was not dispatched (e.g. pending orders not yet forwarded).
 */
export async function dispatch<N extends EventName>(name: N, data: EventData<N>, id: string): Promise<void> {
  await dispatchMany(name, [{ data, id }]);
}

/** Many events of one kind in one send: a mass order's 500 forwards are one request to Inngest, not 500. */
export async function dispatchMany<N extends EventName>(name: N, events: { data: EventData<N>; id: string }[]): Promise<void> {
  if (events.length === 0) return;
  const payloads = events.map((event) => ({ name, data: EVENTS[name].parse(event.data) as Record<string, unknown>, id: event.id }));
  const sender = holder.jobEventSender;
  if (!sender) {
    logger.warn({ event: name, count: events.length, mode: jobsMode() }, "no job runner in this process; the sweeper will pick this up");
    return;
  }
  try {
    await sender(payloads);
  } catch (error) {
    logger.error({ err: error, event: name, count: events.length }, "dispatch failed; the sweeper will pick this up");
  }
}
