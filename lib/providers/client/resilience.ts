import {
  BrokenCircuitError,
  ConsecutiveBreaker,
  ConstantBackoff,
  DelegateBackoff,
  circuitBreaker,
  handleWhen,
  retry,
  type CircuitBreakerPolicy,
  type IRetryBackoffContext,
} from "cockatiel";
import { logger } from "@/lib/log/logger";
import { ProviderError, isProviderError, type ProviderAction, type ProviderErrorKind } from "./errors";

/**
 * Per-provider resilience (cockatiel): one circuit breaker per provider id, shared by every client of
 * that provider in this process; retries for reads; at most one resend of a write, and only when
 * nothing was sent (`connect`, breaker not open).
 */
export type RetryOptions = { attempts?: number; initialDelayMs?: number; maxDelayMs?: number };
export type BreakerOptions = { threshold?: number; halfOpenAfterMs?: number };

export const DEFAULT_RETRY: Required<RetryOptions> = { attempts: 3, initialDelayMs: 250, maxDelayMs: 4_000 };
export const DEFAULT_BREAKER: Required<BreakerOptions> = { threshold: 5, halfOpenAfterMs: 30_000 };

const BREAKING_KINDS: ReadonlySet<ProviderErrorKind> = new Set(["connect", "timeout", "server"]);
const RETRYABLE_READ_KINDS: ReadonlySet<ProviderErrorKind> = new Set(["connect", "timeout", "server", "rate_limited"]);

const breakers = new Map<string, CircuitBreakerPolicy>();

/** The provider's breaker; created with the first options seen for that provider id. */
export function breakerFor(providerId: string, options: BreakerOptions = {}): CircuitBreakerPolicy {
  const existing = breakers.get(providerId);
  if (existing) return existing;
  const { threshold, halfOpenAfterMs } = { ...DEFAULT_BREAKER, ...options };
  const policy = circuitBreaker(
    handleWhen((error) => isProviderError(error) && BREAKING_KINDS.has(error.kind)),
    { halfOpenAfter: halfOpenAfterMs, breaker: new ConsecutiveBreaker(threshold) },
  );
  policy.onBreak(() => logger.warn({ providerId, halfOpenAfterMs }, "provider circuit opened"));
  policy.onReset(() => logger.info({ providerId }, "provider circuit closed"));
  breakers.set(providerId, policy);
  return policy;
}

/** Forgets a provider's breaker (tests; an admin "reset" after fixing the URL). */
export function resetCircuit(providerId: string): void {
  breakers.delete(providerId);
}

/**
 * Runs one attempt through the breaker. Answers that prove the provider is up (rejected, funds,
 * auth, …) count as successes for the breaker and are rethrown afterwards; an open breaker becomes
 * a `connect` error with `circuitOpen: true` (nothing was sent).
 */
export async function throughBreaker<T>(
  providerId: string,
  action: ProviderAction,
  options: BreakerOptions,
  attempt: () => Promise<T>,
): Promise<T> {
  type Outcome = { ok: true; value: T } | { ok: false; error: unknown };
  let outcome: Outcome;
  try {
    outcome = await breakerFor(providerId, options).execute(async (): Promise<Outcome> => {
      try {
        return { ok: true, value: await attempt() };
      } catch (error) {
        if (isProviderError(error) && BREAKING_KINDS.has(error.kind)) throw error;
        return { ok: false, error };
      }
    });
  } catch (error) {
    if (error instanceof BrokenCircuitError) {
      throw new ProviderError({
        kind: "connect",
        action,
        providerId,
        circuitOpen: true,
        message: "The provider is failing; calls are paused for a while (circuit open)",
      });
    }
    throw error;
  }
  if (!outcome.ok) throw outcome.error;
  return outcome.value;
}

/** Reads: retried with exponential backoff (or the provider's Retry-After) on transient failures only. */
export function runRead<T>(options: RetryOptions, call: () => Promise<T>): Promise<T> {
  const { attempts, initialDelayMs, maxDelayMs } = { ...DEFAULT_RETRY, ...options };
  const retryable = (error: unknown) =>
    isProviderError(error) &&
    !isPermanent(error) &&
    RETRYABLE_READ_KINDS.has(error.kind) &&
    (error.retryAfterMs === null || error.retryAfterMs <= maxDelayMs);
  const backoff = new DelegateBackoff((context: IRetryBackoffContext<unknown>) => {
    const failure = "error" in context.result ? context.result.error : null;
    if (isProviderError(failure) && failure.retryAfterMs !== null) return failure.retryAfterMs;
    const exponential = Math.min(maxDelayMs, initialDelayMs * 2 ** (context.attempt - 1));
    return Math.round(exponential * (0.5 + Math.random() / 2));
  });
  return retry(handleWhen(retryable), { maxAttempts: Math.max(0, attempts - 1), backoff }).execute(call);
}

/** Writes: never resent once anything may have reached the provider; one resend after a refused connect. */
export function runWrite<T>(options: RetryOptions, call: () => Promise<T>): Promise<T> {
  const { initialDelayMs } = { ...DEFAULT_RETRY, ...options };
  const nothingSent = (error: unknown) => isProviderError(error) && error.kind === "connect" && !isPermanent(error);
  return retry(handleWhen(nothingSent), { maxAttempts: 1, backoff: new ConstantBackoff(initialDelayMs) }).execute(call);
}

/** Failures a second try cannot fix: an open breaker, a URL that cannot be used or may not be reached. */
function isPermanent(error: ProviderError): boolean {
  return (
    error.circuitOpen ||
    error.causeCode === "ERR_INVALID_URL" ||
    error.causeCode === "BAD_PORT" ||
    error.causeCode === "ERR_OUTBOUND_REFUSED"
  );
}
