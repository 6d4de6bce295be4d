import { counterStore, type CounterStore } from "./store";

export type RateLimitRule = { name: string; limit: number; windowSeconds: number };
export type RateLimitResult = { allowed: boolean; remaining: number; retryAfterSeconds: number };

/** Fixed-window limit: counts this attempt under `rule.name:subject` and says whether it is allowed. */
export async function hitRateLimit(
  rule: RateLimitRule,
  subject: string,
  store: CounterStore = counterStore(),
): Promise<RateLimitResult> {
  const { count, resetInSeconds } = await store.increment(`rl:${rule.name}:${subject}`, rule.windowSeconds);
  return {
    allowed: count <= rule.limit,
    remaining: Math.max(0, rule.limit - count),
    retryAfterSeconds: count <= rule.limit ? 0 : resetInSeconds,
  };
}

export async function clearRateLimit(rule: RateLimitRule, subject: string, store: CounterStore = counterStore()) {
  await store.reset(`rl:${rule.name}:${subject}`);
}

/** Whether `subject` is over the limit right now, without counting this as an attempt. */
export async function peekRateLimit(rule: RateLimitRule, subject: string, store: CounterStore = counterStore()): Promise<RateLimitResult> {
  const { count, resetInSeconds } = await store.peek(`rl:${rule.name}:${subject}`);
  return { allowed: count < rule.limit, remaining: Math.max(0, rule.limit - count), retryAfterSeconds: count < rule.limit ? 0 : resetInSeconds };
}
