// The upstream-provider client for the SMM "API v2" protocol (see docs/PROTOCOL.md).
export { createProviderClient, type ProviderClient, type ProviderClientOptions } from "./client";
export { ProviderError, isProviderError, WRITE_ACTIONS, type ProviderAction, type ProviderErrorKind, type RejectReason } from "./errors";
export { resetCircuit, DEFAULT_BREAKER, DEFAULT_RETRY, type BreakerOptions, type RetryOptions } from "./resilience";
export { mapOrderStatus, mapRefillStatus, type OrderStatus, type RefillStatus } from "@/lib/api-v2/map-status";
export { mapServiceType } from "@/lib/api-v2/type-names";
export { classifyErrorText } from "./classify";
export { addOrderForm, type AddOrderParams } from "./add-params";
export { DEFAULT_TIMEOUT_MS } from "./transport";
export {
  isItemError,
  type AddResult,
  type BalanceResult,
  type CancelResult,
  type ItemError,
  type ProviderService,
  type RefillResult,
  type RefillStatusResult,
  type ServiceList,
  type SkippedService,
  type StatusResult,
} from "./types";
