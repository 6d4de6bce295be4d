import { counterStore, type CounterStore, type RateLimitResult, type RateLimitRule } from "./store";

export type { RateLimitResult, RateLimitRule } from "./store";

/** Counts this attempt under `rule.name:subject` and says whether it is allowed. */
export async function hitRateLimit(rule: RateLimitRule, subject: string, store: CounterStore = counterStore()): Promise<RateLimitResult> {
  return store.hit(rule, subject);
}

export async function clearRateLimit(rule: RateLimitRule, subject: string, store: CounterStore = counterStore()) {
  await store.clear(rule, subject);
}

/** Whether `subject`'s next attempt would be allowed right now, without counting one. */
export async function peekRateLimit(rule: RateLimitRule, subject: string, store: CounterStore = counterStore()): Promise<RateLimitResult> {
  return store.peek(rule, subject);
}
