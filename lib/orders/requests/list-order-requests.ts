import type { RequestStatus } from "@/lib/db/generated/enums";
import { db } from "@/lib/db";
import { isRequestKind } from "./request-kind";
import type { RequestKind } from "./request-states";

export type OwnOrderRequest = {
  id: string;
  orderId: number;
  kind: RequestKind;
  status: RequestStatus;
  message: string | null;
  createdAt: Date;
};

const MAX_IDS = 100;

/** The customer's own requests for some of their orders, latest first (the owner is in the query). */
export async function listOrderRequests(userId: string, orderIds: number[]): Promise<OwnOrderRequest[]> {
  const ids = [...new Set(orderIds.filter((id) => Number.isSafeInteger(id) && id > 0 && id <= 2_147_483_647))].slice(0, MAX_IDS);
  if (ids.length === 0) return [];
  const rows = await db.orderRequest.findMany({
    where: { userId, orderId: { in: ids } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, orderId: true, kind: true, status: true, message: true, createdAt: true },
  });
  return rows.flatMap((row) => (isRequestKind(row.kind) ? [{ ...row, kind: row.kind }] : []));
}
