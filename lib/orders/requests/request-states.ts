import type { RequestStatus } from "@/lib/db/generated/enums";

/**
 * A refill or cancel request's lifecycle: states only move forward (docs/ARCHITECTURE.md, invariant 6).
 * PENDING: written, not yet accepted by the provider (or waiting for an admin).
 * SENT: the provider accepted the request (`1` / a refill id) — accepted, not done.
 * IN_PROGRESS: the provider says it is working on it. FAILED: the answer was lost; never resent by itself.
 */
export const REQUEST_TRANSITIONS: Record<RequestStatus, readonly RequestStatus[]> = {
  PENDING: ["SENT", "IN_PROGRESS", "COMPLETED", "REJECTED", "FAILED"],
  SENT: ["IN_PROGRESS", "COMPLETED", "REJECTED"],
  IN_PROGRESS: ["COMPLETED", "REJECTED"],
  COMPLETED: [],
  REJECTED: [],
  FAILED: [],
};

/** A request in one of these blocks a new request of the same kind for the same order. */
export const OPEN_REQUEST_STATUSES: readonly RequestStatus[] = ["PENDING", "SENT", "IN_PROGRESS"];

export type RequestKind = "refill" | "cancel";

export function requestStatusesLeadingTo(to: RequestStatus): RequestStatus[] {
  return (Object.keys(REQUEST_TRANSITIONS) as RequestStatus[]).filter((from) => REQUEST_TRANSITIONS[from].includes(to));
}
