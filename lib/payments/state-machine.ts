import type { PaymentStatus } from "@/lib/db/generated/enums";

/**
 * Where each status may go. States only move forward; EXPIRED → COMPLETED is the one way back,
 * because expiry is our own guess and a payment the gateway later proves was paid must be credited.
 */
const NEXT: Record<PaymentStatus, readonly PaymentStatus[]> = {
  INITIATED: ["PENDING", "COMPLETED", "FAILED", "CANCELED", "EXPIRED"],
  PENDING: ["COMPLETED", "FAILED", "CANCELED", "EXPIRED"],
  EXPIRED: ["COMPLETED"],
  SUBMITTED: ["APPROVED", "REJECTED"],
  COMPLETED: ["REFUNDED"],
  APPROVED: ["REFUNDED"],
  FAILED: [],
  CANCELED: [],
  REJECTED: [],
  REFUNDED: [],
};

export function canMove(from: PaymentStatus, to: PaymentStatus): boolean {
  return NEXT[from].includes(to);
}

export function statusesLeadingTo(to: PaymentStatus): PaymentStatus[] {
  return (Object.keys(NEXT) as PaymentStatus[]).filter((from) => NEXT[from].includes(to));
}

/** Statuses in which money was credited and not given back. */
export const CREDITED: readonly PaymentStatus[] = ["COMPLETED", "APPROVED"];
/** Online payments still waiting for the gateway. */
export const OPEN: readonly PaymentStatus[] = ["INITIATED", "PENDING"];
