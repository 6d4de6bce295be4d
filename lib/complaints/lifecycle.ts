/**
 * Complaint lifecycle (docs/ARCHITECTURE.md): open → in_progress → resolved → closed, or rejected. A customer's
 * reply reopens a resolved case (back to OPEN, so it shows in the queue again). CLOSED and REJECTED are
 * final. Pure rules: no I/O here.
 */
export const COMPLAINT_STATUSES = ["OPEN", "IN_PROGRESS", "RESOLVED", "CLOSED", "REJECTED"] as const;
export type ComplaintStatusName = (typeof COMPLAINT_STATUSES)[number];
export const COMPLAINT_PRIORITIES = ["LOW", "MEDIUM", "HIGH", "URGENT"] as const;
export type ComplaintPriorityName = (typeof COMPLAINT_PRIORITIES)[number];

const EDGES: Record<ComplaintStatusName, readonly ComplaintStatusName[]> = {
  OPEN: ["IN_PROGRESS", "RESOLVED", "CLOSED", "REJECTED"],
  IN_PROGRESS: ["RESOLVED", "CLOSED", "REJECTED"],
  RESOLVED: ["CLOSED"],
  CLOSED: [],
  REJECTED: [],
};

/** A customer may only close a case that is not already final. */
const CUSTOMER_TARGETS: readonly ComplaintStatusName[] = ["CLOSED"];

export function canMove(from: ComplaintStatusName, to: ComplaintStatusName, by: "customer" | "staff"): boolean {
  if (by === "customer" && !CUSTOMER_TARGETS.includes(to)) return false;
  return EDGES[from].includes(to);
}

/** The statuses a case may be in for a move to `to` (the guard of the conditional update). */
export function statusesLeadingTo(to: ComplaintStatusName): ComplaintStatusName[] {
  return COMPLAINT_STATUSES.filter((from) => EDGES[from].includes(to));
}

export function isFinal(status: ComplaintStatusName): boolean {
  return EDGES[status].length === 0;
}

/** Nobody replies on a closed or rejected case; a customer's reply on a resolved one reopens it. */
export function replyEffect(status: ComplaintStatusName, by: "customer" | "staff"): "refused" | "reopen" | "none" {
  if (isFinal(status)) return "refused";
  return status === "RESOLVED" && by === "customer" ? "reopen" : "none";
}
