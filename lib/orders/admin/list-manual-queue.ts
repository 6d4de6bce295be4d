import { z } from "zod";
import type { OrderStatus, ServiceType } from "@/lib/db/generated/enums";
import { db } from "@/lib/db";
import { orderIdField } from "./schemas";

/**
 * The statuses in which a manual-service order waits for staff: not started (PENDING), or started and
 * not finished (PROCESSING if an admin chose it, IN_PROGRESS). A manual order is never forwarded, so it
 * is never UNCERTAIN; forwarding one on purpose turns it AUTO and it leaves the queue.
 */
export const MANUAL_QUEUE_STATUSES = ["PENDING", "PROCESSING", "IN_PROGRESS"] as const satisfies readonly OrderStatus[];

export const manualQueueQuerySchema = z.object({
  status: z.enum(MANUAL_QUEUE_STATUSES).optional(),
  /** The last order id seen (the page before ended there). */
  after: orderIdField.optional(),
});
export type ManualQueueQuery = z.infer<typeof manualQueueQuerySchema>;

const PAGE = 50;

export type ManualQueueRow = {
  id: number;
  status: OrderStatus;
  link: string;
  quantity: number;
  /** BDT, 4 places: what the customer paid and what has come back, for the refund an action gives. */
  charge: string;
  refunded: string;
  adminNotes: string | null;
  createdAt: Date;
  service: { id: number; name: string; type: ServiceType };
  user: { id: string; email: string };
};

/**
 * Orders of manual services waiting for staff (mode MANUAL, an open status), oldest first so nothing is
 * forgotten, keyset-paged by id (ids grow with creation). The waiting-work count `manualOrders` counts
 * exactly these rows.
 */
export async function listManualQueue(query: ManualQueueQuery = {}): Promise<{ orders: ManualQueueRow[]; nextAfter: number | null }> {
  const rows = await db.order.findMany({
    where: {
      mode: "MANUAL",
      status: query.status ? query.status : { in: [...MANUAL_QUEUE_STATUSES] },
      ...(query.after ? { id: { gt: query.after } } : {}),
    },
    orderBy: { id: "asc" },
    take: PAGE + 1,
    select: {
      id: true,
      status: true,
      link: true,
      quantity: true,
      charge: true,
      refunded: true,
      adminNotes: true,
      createdAt: true,
      service: { select: { id: true, name: true, type: true } },
      user: { select: { id: true, email: true } },
    },
  });
  const orders = rows.slice(0, PAGE).map((row) => ({ ...row, charge: row.charge.toFixed(4), refunded: row.refunded.toFixed(4) }));
  return { orders, nextAfter: rows.length > PAGE ? orders[orders.length - 1].id : null };
}
