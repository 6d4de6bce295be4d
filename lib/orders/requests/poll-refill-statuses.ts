import type { RequestStatus } from "@/lib/db/generated/enums";
import { db } from "@/lib/db";
import { isItemError, type ProviderClient, type RefillStatus } from "@/lib/providers/client";
import { providerClientFor } from "@/lib/providers/provider-client";
import { moveRequest } from "./move-request";

const PER_CALL = 100;
const BATCH = 2_000;

export type RefillPollResult = {
  checked: number;
  changed: number;
  providerCalls: number;
  errors: { providerId: string; message: string }[];
};

type OpenRefill = { id: string; orderId: number; userId: string; status: RequestStatus; providerRequestId: string };

const TO: Partial<Record<RefillStatus, RequestStatus>> = { completed: "COMPLETED", rejected: "REJECTED", in_progress: "IN_PROGRESS" };

/**
 * Asks providers about SENT / IN_PROGRESS refill requests, grouped by the order's provider, 100 refill
 * ids per `refill_status` call: completed → COMPLETED, rejected → REJECTED, in progress → IN_PROGRESS
 * (guarded moves; the customer is notified when a refill ends). "Pending", unknown words and per-id
 * errors change nothing but the check time.
 */
export async function pollRefillStatuses(): Promise<RefillPollResult> {
  const rows = await db.orderRequest.findMany({
    where: { kind: "refill", status: { in: ["SENT", "IN_PROGRESS"] }, providerRequestId: { not: null } },
    orderBy: { lastCheckedAt: { sort: "asc", nulls: "first" } },
    take: BATCH,
    select: { id: true, orderId: true, userId: true, status: true, providerRequestId: true },
  });
  const orders = await db.order.findMany({ where: { id: { in: rows.map((row) => row.orderId) } }, select: { id: true, providerId: true } });
  const providerOf = new Map(orders.map((order) => [order.id, order.providerId]));
  const byProvider = new Map<string, OpenRefill[]>();
  for (const row of rows) {
    const providerId = providerOf.get(row.orderId);
    if (providerId && row.providerRequestId)
      byProvider.set(providerId, [...(byProvider.get(providerId) ?? []), { ...row, providerRequestId: row.providerRequestId }]);
  }
  const result: RefillPollResult = { checked: 0, changed: 0, providerCalls: 0, errors: [] };
  for (const [providerId, list] of byProvider) await pollProvider(providerId, list, result);
  return result;
}

async function pollProvider(providerId: string, refills: OpenRefill[], result: RefillPollResult) {
  let client: ProviderClient;
  try {
    client = await providerClientFor(providerId);
  } catch (error) {
    result.errors.push({ providerId, message: error instanceof Error ? error.message : String(error) });
    return;
  }
  for (let start = 0; start < refills.length; start += PER_CALL) {
    const chunk = refills.slice(start, start + PER_CALL);
    result.providerCalls += 1;
    try {
      const answers = await client.refillStatuses(chunk.map((refill) => refill.providerRequestId));
      for (const refill of chunk) {
        const answer = answers.get(refill.providerRequestId.trim());
        if (!answer || isItemError(answer)) continue;
        result.checked += 1;
        const to = TO[answer.status];
        if (!to || to === refill.status) continue;
        const request = { id: refill.id, orderId: refill.orderId, userId: refill.userId, kind: "refill" as const };
        const moved = await db.$transaction((tx) =>
          moveRequest(tx, request, { to, message: `Provider says ${answer.rawStatus}`, notify: true }),
        );
        if (moved) result.changed += 1;
      }
    } catch (error) {
      result.errors.push({ providerId, message: error instanceof Error ? error.message : String(error) });
    }
    await db.orderRequest.updateMany({
      where: { id: { in: chunk.map((refill) => refill.id) }, status: { in: ["SENT", "IN_PROGRESS"] } },
      data: { lastCheckedAt: new Date() },
    });
  }
}
