import type { OrderStatus } from "@/lib/db/generated/enums";
import { money } from "@/lib/money/money";
import { ownOrderStates } from "@/lib/orders/list-own-orders";
import type { ApiContext } from "../context";
import { API_ERRORS, ApiV2Error } from "@/lib/api-v2/errors";
import { parseIdList, parseId } from "@/lib/api-v2/ids";
import { wireOrderStatus } from "@/lib/api-v2/status-words";
import { panelTimeZone } from "@/lib/reports/panel-time-zone";
import { wireAmount, type WireCurrency } from "../wire";
import { dripFeedKeys, isSubscription, subscriptionKeys, type TrackedRow } from "./status-tracked";

/** An order's answer; a drip-feed adds `runs` and `orders_count`; a subscription answers in its own shape. */
export type WireOrderStatus =
  | { charge: string; start_count: string; status: string; remains: string; currency: string; runs?: string; orders_count?: string }
  | { charge: string; status: string; posts: string; expiry: string | null; orders_count: string; currency: string };
type ErrorSlot = { error: string };

type Row = TrackedRow & {
  id: number;
  status: OrderStatus;
  quantity: number;
  charge: string;
  refunded: string;
  startCount: number | null;
  remains: number | null;
};

/**
 * One order as the protocol shows it. `charge` is what the order costs the customer now (charge minus
 * refunds: a partial shows the delivered part, a canceled order 0). Unknown remains are "all of it"
 * before completion and 0 once completed.
 */
function describe(order: Row, wire: WireCurrency, timeZone: string): WireOrderStatus {
  const net = money(order.charge).minus(money(order.refunded));
  if (isSubscription(order)) return { charge: wireAmount(net, wire), ...subscriptionKeys(order, timeZone), currency: wire.currency };
  const remains = order.remains ?? (order.status === "COMPLETED" ? 0 : order.quantity);
  return {
    charge: wireAmount(net, wire),
    start_count: String(order.startCount ?? 0),
    status: wireOrderStatus(order.status),
    remains: String(remains),
    currency: wire.currency,
    ...dripFeedKeys(order),
  };
}

/** `status` with `order` → one status; with `orders` (≤ 100) → an object keyed by the ids as sent. Owner in the query. */
export async function orderStatus(context: ApiContext): Promise<WireOrderStatus | Record<string, WireOrderStatus | ErrorSlot>> {
  const { fields, caller, wire } = context;
  if (fields.orders !== undefined) {
    const tokens = parseIdList(fields.orders, API_ERRORS.badOrder);
    const ids = tokens.map(parseId).filter((id): id is number => id !== undefined);
    const rows = await ownOrderStates(caller.userId, ids);
    const byId = new Map(rows.map((row) => [row.id, row]));
    const timeZone = await zoneFor(rows);
    const answer: Record<string, WireOrderStatus | ErrorSlot> = {};
    for (const token of tokens) {
      const id = parseId(token);
      const row = id === undefined ? undefined : byId.get(id);
      answer[token] = row ? describe(row, wire, timeZone) : { error: API_ERRORS.badOrder };
    }
    return answer;
  }
  const id = parseId(fields.order);
  const [row] = id === undefined ? [] : await ownOrderStates(caller.userId, [id]);
  if (!row) throw new ApiV2Error(API_ERRORS.badOrder);
  return describe(row, wire, await zoneFor([row]));
}

/** The panel's zone (for expiry days), read only when a subscription is answered. */
async function zoneFor(rows: Row[]): Promise<string> {
  return rows.some(isSubscription) ? panelTimeZone() : "UTC";
}
