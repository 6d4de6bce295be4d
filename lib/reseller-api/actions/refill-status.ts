import { db } from "@/lib/db";
import type { ApiContext } from "../context";
import { API_ERRORS, ApiV2Error } from "@/lib/api-v2/errors";
import { echoId, parseIdList } from "@/lib/api-v2/ids";
import { wireRefillStatus } from "@/lib/api-v2/status-words";

type ErrorSlot = { error: string };
const REQUEST_ID = /^[a-z0-9]{8,40}$/i;

/** The caller's own refill requests by id (owner and kind in the query: another customer's id finds nothing). */
async function ownRefillStatuses(userId: string, tokens: string[]) {
  const ids = tokens.filter((token) => REQUEST_ID.test(token));
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db.orderRequest.findMany({ where: { id: { in: ids }, userId, kind: "refill" }, select: { id: true, status: true } });
  return new Map(rows.map((row) => [row.id, wireRefillStatus(row.status)]));
}

/** `refill_status` with `refill` → `{"status": …}`; with `refills` (≤ 100) → `[{refill, status | {error}}]`. */
export async function refillStatus(context: ApiContext) {
  const { fields, caller } = context;
  if (fields.refills !== undefined) {
    const tokens = parseIdList(fields.refills, API_ERRORS.refillNotFound);
    const found = await ownRefillStatuses(caller.userId, tokens);
    return tokens.map((token) => ({
      refill: echoId(token),
      status: found.get(token) ?? ({ error: API_ERRORS.refillNotFound } as ErrorSlot),
    }));
  }
  const token = (fields.refill ?? "").trim();
  const status = (await ownRefillStatuses(caller.userId, [token])).get(token);
  if (!status) throw new ApiV2Error(API_ERRORS.refillNotFound);
  return { status };
}
