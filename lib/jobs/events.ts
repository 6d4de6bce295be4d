import { z } from "zod";

/** The event catalogue: name → payload schema. Events carry a stable id so duplicates collapse. */
export const EVENTS = {
  "orders/forward.requested": z.object({ orderId: z.number().int().positive(), providerId: z.string().min(1) }),
  /** A new announcement: send its notices (id announcement-published-<id>). */
  "announcement/published": z.object({ announcementId: z.number().int().positive() }),
} as const;

export type EventName = keyof typeof EVENTS;
export type EventData<N extends EventName> = z.infer<(typeof EVENTS)[N]>;
