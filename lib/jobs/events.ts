import { z } from "zod";

/** The event catalogue: name → payload schema. Events carry a stable id so duplicates collapse. */
export const EVENTS = {
  "orders/forward.requested": z.object({ orderId: z.number().int().positive(), providerId: z.string().min(1) }),
} as const;

export type EventName = keyof typeof EVENTS;
export type EventData<N extends EventName> = z.infer<(typeof EVENTS)[N]>;
