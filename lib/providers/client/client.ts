import { logger } from "@/lib/log/logger";
import type { OutboundFetch } from "@/lib/net/outbound-fetch";
import type { OutboundRules } from "@/lib/net/outbound-url";
import { addOrderForm, type AddOrderParams } from "./add-params";
import { normaliseIds } from "./by-id";
import { isProviderError, type ProviderAction } from "./errors";
import { parseAdd } from "./parse-add";
import { parseBalance } from "./parse-balance";
import { parseCancels } from "./parse-cancel";
import { parseRefill, parseRefillStatus, parseRefillStatuses, parseRefills } from "./parse-refill";
import { parseServices } from "./parse-services";
import { parseStatus, parseStatuses } from "./parse-status";
import { runRead, runWrite, throughBreaker, type BreakerOptions, type RetryOptions } from "./resilience";
import { callProvider, safeEndpoint, type FormParams } from "./transport";
import type {
  AddResult,
  BalanceResult,
  CancelResult,
  ItemError,
  ProviderService,
  RefillResult,
  RefillStatusResult,
  ServiceList,
  StatusResult,
} from "./types";

export type ProviderClientOptions = {
  providerId: string;
  apiUrl: string;
  apiKey: string;
  /** Per HTTP attempt; default 15 s. */
  timeoutMs?: number;
  retry?: RetryOptions;
  breaker?: BreakerOptions;
  /** Which targets may be reached; defaults to this process's rules (lib/env). */
  outbound?: OutboundRules;
  /** For tests; defaults to the guarded fetch. */
  fetch?: OutboundFetch;
};

type Id = string | number;
type PerId<T> = Map<string, T | ItemError>;

export type ProviderClient = {
  readonly providerId: string;
  /** The catalogue; malformed entries are left out (see `serviceList` for what was skipped). */
  services(): Promise<ProviderService[]>;
  serviceList(): Promise<ServiceList>;
  /** Sent at most once (one resend only if the connection was refused). Check `outcomeUnknown` on failure. */
  add(params: AddOrderParams): Promise<AddResult>;
  status(orderId: Id): Promise<StatusResult>;
  /** At most 100 ids (RangeError otherwise); every id gets a result or an error. */
  statuses(orderIds: ReadonlyArray<Id>): Promise<PerId<StatusResult>>;
  refill(orderId: Id): Promise<RefillResult>;
  refills(orderIds: ReadonlyArray<Id>): Promise<PerId<RefillResult>>;
  refillStatus(refillId: Id): Promise<RefillStatusResult>;
  refillStatuses(refillIds: ReadonlyArray<Id>): Promise<PerId<RefillStatusResult>>;
  /** Accepted cancel REQUESTS, not canceled orders. At most 100 ids. */
  cancel(orderIds: ReadonlyArray<Id>): Promise<PerId<CancelResult>>;
  balance(): Promise<BalanceResult>;
};

export function createProviderClient(options: ProviderClientOptions): ProviderClient {
  const { providerId } = options;
  const endpoint = safeEndpoint(options.apiUrl);
  const transport = {
    providerId,
    apiUrl: options.apiUrl,
    apiKey: options.apiKey,
    timeoutMs: options.timeoutMs,
    outbound: options.outbound,
    fetch: options.fetch,
  };
  const retryOptions = options.retry ?? {};
  const breakerOptions = options.breaker ?? {};

  /** One logged attempt through the breaker: send, then parse (a parse failure is logged as `protocol`). */
  const attempt =
    <T>(action: ProviderAction, params: FormParams, parse: (raw: unknown) => T) =>
    async (): Promise<T> => {
      const started = performance.now();
      try {
        const result = await throughBreaker(providerId, action, breakerOptions, async () =>
          parse(await callProvider(transport, action, params)),
        );
        logger.debug({ providerId, action, endpoint, ms: Math.round(performance.now() - started), outcome: "ok" }, "provider call");
        return result;
      } catch (error) {
        const ms = Math.round(performance.now() - started);
        if (isProviderError(error)) {
          const { kind, reason, httpStatus, outcomeUnknown, circuitOpen } = error;
          logger.info(
            { providerId, action, endpoint, ms, outcome: kind, reason, httpStatus, outcomeUnknown, circuitOpen },
            "provider call failed",
          );
        } else {
          logger.info({ providerId, action, endpoint, ms, outcome: "bug" }, "provider call failed");
        }
        throw error;
      }
    };
  const read = <T>(action: ProviderAction, params: FormParams, parse: (raw: unknown) => T) =>
    runRead(retryOptions, attempt(action, params, parse));
  const write = <T>(action: ProviderAction, params: FormParams, parse: (raw: unknown) => T) =>
    runWrite(retryOptions, attempt(action, params, parse));
  const perId = async <T>(ids: ReadonlyArray<Id>, call: (list: string[]) => Promise<PerId<T>>): Promise<PerId<T>> => {
    const list = normaliseIds(ids);
    return list.length === 0 ? new Map() : call(list);
  };
  const one = (id: Id) => normaliseIds([id], 1)[0];

  const serviceList = async () => {
    const list = await read("services", {}, (raw) => parseServices(raw, providerId));
    if (list.skipped.length > 0)
      logger.warn({ providerId, skipped: list.skipped.length, first: list.skipped.slice(0, 5) }, "provider services skipped");
    return list;
  };

  return {
    providerId,
    serviceList,
    services: async () => (await serviceList()).services,
    add: (params) => {
      const form = addOrderForm(params);
      return write("add", form, (raw) => parseAdd(raw, providerId));
    },
    status: (orderId) => read("status", { order: one(orderId) }, (raw) => parseStatus(raw, providerId)),
    statuses: (orderIds) =>
      perId(orderIds, (ids) => read("status", { orders: ids.join(",") }, (raw) => parseStatuses(raw, ids, providerId))),
    refill: (orderId) => write("refill", { order: one(orderId) }, (raw) => parseRefill(raw, providerId)),
    refills: (orderIds) =>
      perId(orderIds, (ids) => write("refill", { orders: ids.join(",") }, (raw) => parseRefills(raw, ids, providerId))),
    refillStatus: (refillId) => read("refill_status", { refill: one(refillId) }, (raw) => parseRefillStatus(raw, providerId)),
    refillStatuses: (refillIds) =>
      perId(refillIds, (ids) => read("refill_status", { refills: ids.join(",") }, (raw) => parseRefillStatuses(raw, ids, providerId))),
    cancel: (orderIds) => perId(orderIds, (ids) => write("cancel", { orders: ids.join(",") }, (raw) => parseCancels(raw, ids, providerId))),
    balance: () => read("balance", {}, (raw) => parseBalance(raw, providerId)),
  };
}
