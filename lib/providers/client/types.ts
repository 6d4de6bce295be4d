import type { ServiceType } from "@/lib/db/generated/enums";
import type { Money } from "@/lib/money/money";
import type { OrderStatus, RefillStatus } from "@/lib/api-v2/map-status";
import type { StatusExtras } from "./parse-status-extras";

/** One service of the provider's catalogue. `rate` is the price per 1,000 units in the provider's currency. */
export type ProviderService = {
  serviceId: string;
  name: string;
  type: ServiceType;
  category: string;
  rate: Money;
  min: number;
  max: number;
  refill: boolean;
  cancel: boolean;
  dripfeed: boolean;
  description: string | null;
};

/** A catalogue entry that could not be read, left out of the list. */
export type SkippedService = { index: number; serviceId: string | null; problem: string };

export type ServiceList = { services: ProviderService[]; skipped: SkippedService[] };

export type AddResult = { providerOrderId: string };

export type StatusResult = {
  charge: Money | null;
  startCount: number | null;
  status: OrderStatus;
  /** The provider's own text, kept for logs and for statuses we do not know. */
  rawStatus: string;
  /** null when missing or "Unknown" (never treat null as 0 when refunding). */
  remains: number | null;
  currency: string | null;
} & StatusExtras;

/** A failure for one id of a multi-id call; the other ids are unaffected. */
export type ItemError = { error: string };

export type RefillResult = { refillId: string };

export type RefillStatusResult = { status: RefillStatus; rawStatus: string };

export type CancelResult = { accepted: true };

export type BalanceResult = { balance: Money; currency: string };

export function isItemError<T extends object>(value: T | ItemError): value is ItemError {
  return "error" in value;
}
