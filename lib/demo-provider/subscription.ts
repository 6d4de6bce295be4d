import { chargeFor, usd } from "./amounts";
import { mix32 } from "./hash";
import type { DemoOrderFacts, DemoProgress } from "./progress";
import { slotOf, slotsStarted } from "./schedule";

// Pure rules of a subscription: new "posts" of the username appear in steady slots over the order's
// duration (schedule.ts); each post becomes a child order of min..max units (drawn from the parent id),
// delivered like an ordinary order over its slot. With `posts` set, the posts were paid for up front at
// `max` each and what they did not use comes back when the subscription ends; without it (unlimited)
// each post is paid when it appears, and posts keep coming at the pace of UNLIMITED_PACE slots per
// duration until the expiry, a cancel or UNLIMITED_CAP posts. `delay` and `old_posts` are kept as sent.

export const UNLIMITED_PACE = 5;
export const UNLIMITED_CAP = 1000;

export type SubscriptionStatus = "Active" | "Paused" | "Completed" | "Expired" | "Canceled";

/** What the parent row keeps in `params` (the `add` fields, parsed, and the rate it was sold at). */
export interface SubscriptionParams {
  username: string;
  min: number;
  max: number;
  /** null = unlimited. */
  posts: number | null;
  old_posts: number;
  delay: number;
  /** d/m/Y as sent, or null. */
  expiry: string | null;
  rate: string;
}

export interface SubscriptionFacts extends DemoOrderFacts {
  id: number;
  params: SubscriptionParams;
}

export interface SubscriptionProgress extends Omit<DemoProgress, "status"> {
  status: SubscriptionStatus;
  /** Posts that have appeared (each is a child order). */
  postsDue: number;
}

/** d/m/Y → the first moment after that (UTC) day, or undefined when it is not a real calendar day. */
export function expiryEnd(expiry: string): Date | undefined {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(expiry.trim());
  if (!match) return undefined;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return new Date(Date.UTC(year, month - 1, day + 1));
}

/** The expiry as the status answer shows it: d/m/Y with two-digit day and month, or null. */
export function formatExpiry(expiry: string | null): string | null {
  const end = expiry === null ? undefined : expiryEnd(expiry);
  if (!end) return null;
  const day = new Date(end.getTime() - 86_400_000);
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${pad(day.getUTCDate())}/${pad(day.getUTCMonth() + 1)}/${day.getUTCFullYear()}`;
}

function pace(params: SubscriptionParams): number {
  return params.posts ?? UNLIMITED_PACE;
}

function limit(params: SubscriptionParams): number {
  return params.posts ?? UNLIMITED_CAP;
}

/** Units post k gets: between min and max, the same every time. */
export function postQuantity(parentId: number, params: Pick<SubscriptionParams, "min" | "max">, k: number): number {
  return params.min + (mix32(parentId, 100 + k) % (params.max - params.min + 1));
}

/** Post k as an ordinary order: what its child row stores. */
export function postFacts(parent: SubscriptionFacts, k: number): DemoOrderFacts {
  const slot = slotOf(parent.durationMs, pace(parent.params), k);
  const quantity = postQuantity(parent.id, parent.params, k);
  return {
    quantity,
    charge: chargeFor(parent.params.rate, quantity),
    outcome: "completed",
    durationMs: slot.endMs - slot.startMs,
    finalRemains: 0,
    createdAt: new Date(parent.createdAt.getTime() + slot.startMs),
    cancelRequestedAt: null,
  };
}

/** Posts that have appeared by `now`: not after a cancel, not from the expiry on. */
export function postsDue(parent: SubscriptionFacts, now: Date): number {
  const created = parent.createdAt.getTime();
  const cancelMs = parent.cancelRequestedAt ? parent.cancelRequestedAt.getTime() - created + 1 : Infinity;
  const expiry = parent.params.expiry === null ? undefined : expiryEnd(parent.params.expiry);
  const stopMs = Math.min(cancelMs, expiry ? expiry.getTime() - created : Infinity);
  return slotsStarted(parent.durationMs, pace(parent.params), limit(parent.params), now.getTime() - created, stopMs);
}

/**
 * Where the subscription is. `created` = child orders that exist; fewer than are due means an
 * unlimited subscription's last post could not be paid for: Paused until the balance allows.
 */
export function subscriptionProgress(parent: SubscriptionFacts, now: Date, created?: number): SubscriptionProgress {
  const paid = usd(parent.charge);
  const due = postsDue(parent, now);
  const expiry = parent.params.expiry === null ? undefined : expiryEnd(parent.params.expiry);
  const last = slotOf(parent.durationMs, pace(parent.params), limit(parent.params) - 1);
  let status: SubscriptionStatus = "Active";
  if (parent.cancelRequestedAt) status = "Canceled";
  else if (due >= limit(parent.params) && now.getTime() >= parent.createdAt.getTime() + last.endMs) status = "Completed";
  else if (expiry && now >= expiry && due < limit(parent.params)) status = "Expired";
  else if (created !== undefined && created < due) status = "Paused";
  const finished = status === "Completed" || status === "Expired" || status === "Canceled";
  if (parent.params.posts === null || !finished) {
    return { status, remains: 0, charge: paid, finished, refund: usd(0), postsDue: due };
  }
  let units = 0;
  for (let k = 0; k < due; k += 1) units += postQuantity(parent.id, parent.params, k);
  const billed = chargeFor(parent.params.rate, units);
  const charge = billed.greaterThan(paid) ? paid : billed;
  return { status, remains: 0, charge, finished, refund: paid.minus(charge), postsDue: due };
}
