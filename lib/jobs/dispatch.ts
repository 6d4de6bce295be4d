import { logger } from "@/lib/log/logger";
import { EVENTS, type EventData, type EventName } from "./events";
import { jobsMode } from "./mode";

type Sender = (event: { name: string; data: Record<string, unknown>; id: string }) => Promise<void>;

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
  const payload = EVENTS[name].parse(data) as Record<string, unknown>;
  const sender = holder.jobEventSender;
  if (!sender) {
    logger.warn({ event: name, id, mode: jobsMode() }, "no job runner in this process; the sweeper will pick this up");
    return;
  }
  try {
    await sender({ name, data: payload, id });
  } catch (error) {
    logger.error({ err: error, event: name, id }, "dispatch failed; the sweeper will pick this up");
  }
}
