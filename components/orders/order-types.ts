import { OPEN_STATUSES, ORDER_TRANSITIONS } from "@/lib/orders/state-machine";
import type { TrackedView } from "./tracked-view";

/** Shapes the order pages pass from the server to client components (no Prisma types, no Dates). */
export type OrderStatus = keyof typeof ORDER_TRANSITIONS;
export const ORDER_STATUSES = Object.keys(ORDER_TRANSITIONS) as OrderStatus[];

export function isOpenStatus(status: OrderStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

export type RequestKind = "refill" | "cancel";
export type RequestView = { status: string; message: string | null };

/** What the live poll (GET /api/user/orders?ids=…) returns for each order. */
export type LiveOrder = {
  id: number;
  status: OrderStatus;
  startCount: number | null;
  remains: number | null;
  refunded: string;
  canRefill: boolean;
  canCancel: boolean;
  /** A drip-feed's runs or a subscription's status and posts; null for an ordinary order. */
  tracked: TrackedView | null;
};

export type OrderRow = LiveOrder & {
  createdAtText: string;
  serviceId: number;
  serviceName: string;
  link: string;
  quantity: number;
  charge: string;
  requests: Partial<Record<RequestKind, RequestView>>;
};

export const STATUS_TONES: Record<OrderStatus, "green" | "red" | "amber" | "slate" | "blue"> = {
  PENDING: "slate",
  PROCESSING: "blue",
  IN_PROGRESS: "blue",
  UNCERTAIN: "amber",
  COMPLETED: "green",
  PARTIAL: "amber",
  CANCELED: "red",
  FORWARD_FAILED: "red",
};
