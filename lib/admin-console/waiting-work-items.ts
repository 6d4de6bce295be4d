// What the owner's console counts as work waiting for a person: which permission sees each count, and
// the filtered list that shows exactly the rows it counts. Pure, so the nav's client badges share it.
import type { Permission } from "@/lib/auth/permissions";
import { can, type RoleName } from "@/lib/auth/permissions";

export const WAITING_WORK_KEYS = [
  "manualPayments",
  "unassignedCases",
  "uncertainOrders",
  "forwardFailed",
  "waitingRequests",
  "manualOrders",
  "lowProviders",
] as const;
export type WaitingWorkKey = (typeof WAITING_WORK_KEYS)[number];

/** Forward failures count for this many days back. */
export const FORWARD_FAILED_DAYS = 7;

/** The permission a count needs: the one its list page asks for. */
export const WAITING_WORK_PERMISSION: Record<WaitingWorkKey, Permission> = {
  manualPayments: "payments.read",
  unassignedCases: "complaints.manage",
  uncertainOrders: "orders.read",
  forwardFailed: "orders.read",
  waitingRequests: "orders.read",
  manualOrders: "orders.read",
  lowProviders: "providers.manage",
};

/** The counts a caller may see (a key the role may not see is absent), and the instant "the last 7 days" starts. */
export type WaitingWork = { since: string; checkedAt: number; counts: Partial<Record<WaitingWorkKey, number>> };

export function visibleWaitingWorkKeys(role: RoleName): WaitingWorkKey[] {
  return WAITING_WORK_KEYS.filter((key) => can(role, WAITING_WORK_PERMISSION[key]));
}

/** The start of the forward-failure window: `FORWARD_FAILED_DAYS` before `now`, down to the minute (a stable link for a minute). */
export function forwardFailedSince(now: Date): Date {
  const start = now.getTime() - FORWARD_FAILED_DAYS * 86_400_000;
  return new Date(start - (start % 60_000));
}

/** The list that shows exactly what a count counts (the same filters, read by the page's own schema). */
export function waitingWorkHref(key: WaitingWorkKey, since: string): string {
  switch (key) {
    case "manualPayments":
      return "/admin/payments?status=SUBMITTED&method=MANUAL";
    case "unassignedCases":
      return "/admin/complaints?status=ACTIVE&assignee=none";
    case "uncertainOrders":
      return "/admin/orders?status=UNCERTAIN";
    case "forwardFailed":
      return `/admin/orders?${new URLSearchParams({ status: "FORWARD_FAILED", since })}`;
    case "waitingRequests":
      return "/admin/orders/requests";
    case "manualOrders":
      return "/admin/orders/queue";
    case "lowProviders":
      return "/admin/providers?balance=low";
  }
}
