import type { Prisma } from "@/lib/db";
import type { OrderEventKind } from "./timeline/event-kinds";

export type OrderEventInput = {
  orderId: number;
  kind: OrderEventKind;
  fromStatus?: string | null;
  toStatus?: string | null;
  message?: string | null;
  data?: Prisma.InputJsonValue;
  actorId?: string | null;
};

/** One line of an order's timeline (no secrets: provider keys never reach here). */
type Writer = { orderEvent: { create(args: { data: OrderEventInput }): PromiseLike<unknown> } };

export async function recordOrderEvent(tx: Writer, event: OrderEventInput): Promise<void> {
  await tx.orderEvent.create({ data: event });
}
