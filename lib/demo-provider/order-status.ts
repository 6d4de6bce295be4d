import { db } from "@/lib/db";
import { formatCharge } from "./amounts";
import { ensureChildren } from "./children";
import type { DemoContext } from "./context";
import type { DripfeedProgress } from "./dripfeed";
import { API_ERRORS, ApiV2Error } from "@/lib/api-v2/errors";
import { parseId, parseIdList } from "@/lib/api-v2/ids";
import type { DemoOrderStatus } from "./progress";
import { progressOf, settleRefund, STORED_ORDER_SELECT, subscriptionParams, type StoredDemoOrder } from "./settle";
import { formatExpiry, type SubscriptionProgress, type SubscriptionStatus } from "./subscription";
import type { DemoParams } from "./validate-add";

/** An ordinary order (and a legacy subscription placed before subscriptions kept their fields). */
export interface WireOrderStatus {
  charge: string;
  start_count: string;
  status: DemoOrderStatus;
  remains: string;
  currency: "USD";
}

/** A run of a drip-feed or a post of a subscription: an ordinary answer plus what it delivers. */
export interface WireChildStatus extends WireOrderStatus {
  quantity: string;
}

/** A drip-feed: runs started so far and their child order ids, oldest first. */
export interface WireDripfeedStatus extends WireOrderStatus {
  runs: string;
  orders: number[];
}

export interface WireSubscriptionStatus {
  status: SubscriptionStatus;
  posts: string;
  orders: number[];
  /** d/m/Y, or null without an expiry. */
  expiry: string | null;
  charge: string;
  currency: "USD";
}

export type WireAnyStatus = WireOrderStatus | WireChildStatus | WireDripfeedStatus | WireSubscriptionStatus;
type ErrorSlot = { error: string };

const WITH_CHILDREN = { ...STORED_ORDER_SELECT, children: { select: { id: true }, orderBy: { id: "asc" } } } as const;

function ordinary(order: StoredDemoOrder, now: Date, children?: number) {
  const progress = progressOf(order, now, children);
  const wire = {
    charge: formatCharge(progress.charge),
    start_count: String(order.startCount),
    status: progress.status as DemoOrderStatus,
    remains: String(progress.remains),
    currency: "USD" as const,
  };
  return { progress, wire };
}

async function describe(stored: StoredDemoOrder, now: Date): Promise<WireAnyStatus> {
  if (stored.parentId !== null) {
    // A child's money is its parent's: nothing to settle here.
    return { ...ordinary(stored, now).wire, quantity: String(stored.quantity) };
  }
  const isParent = stored.runs !== null || subscriptionParams(stored) !== undefined;
  if (!isParent) {
    const { progress, wire } = ordinary(stored, now);
    if (progress.finished) await settleRefund(stored, now);
    return wire;
  }
  await ensureChildren(stored, now);
  // Read again: an unlimited subscription's charge grows with each post it paid for.
  const { children, ...order } = await db.demoProviderOrder.findUniqueOrThrow({ where: { id: stored.id }, select: WITH_CHILDREN });
  const orders = children.map((child) => child.id);
  const { progress, wire } = ordinary(order, now, orders.length);
  if (progress.finished) await settleRefund(order, now);
  if (order.runs !== null) return { ...wire, runs: String((progress as DripfeedProgress).runsDone), orders };
  const subscription = progress as SubscriptionProgress;
  return {
    status: subscription.status,
    posts: String(orders.length),
    orders,
    expiry: formatExpiry(subscriptionParams(order)?.expiry ?? null),
    charge: wire.charge,
    currency: "USD",
  };
}

/** `status` with `order` → one status; with `orders` (≤ 100) → an object keyed by the ids as sent. */
export async function orderStatus(
  params: DemoParams,
  context: DemoContext,
): Promise<WireAnyStatus | Record<string, WireAnyStatus | ErrorSlot>> {
  const now = context.now();
  if (params.orders !== undefined) {
    const tokens = parseIdList(params.orders, API_ERRORS.badOrder);
    const ids = tokens.map(parseId).filter((id): id is number => id !== undefined);
    const found = await db.demoProviderOrder.findMany({ where: { id: { in: ids } }, select: STORED_ORDER_SELECT });
    const byId = new Map(found.map((order) => [order.id, order]));
    const answer: Record<string, WireAnyStatus | ErrorSlot> = {};
    for (const token of tokens) {
      const id = parseId(token);
      const order = id === undefined ? undefined : byId.get(id);
      answer[token] = order ? await describe(order, now) : { error: API_ERRORS.badOrder };
    }
    return answer;
  }
  const id = parseId(params.order);
  const order = id === undefined ? null : await db.demoProviderOrder.findUnique({ where: { id }, select: STORED_ORDER_SELECT });
  if (!order) throw new ApiV2Error(API_ERRORS.badOrder);
  return describe(order, now);
}
