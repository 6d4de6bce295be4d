import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { env } from "@/lib/env";

export type RateLimitRule = { name: string; limit: number; windowSeconds: number };
export type RateLimitResult = { allowed: boolean; remaining: number; retryAfterSeconds: number };

/** The shared store behind rate limits: Upstash Redis when configured, in-process otherwise. */
export interface CounterStore {
  readonly kind: "upstash" | "memory";
  /** Counts one attempt by `subject` under `rule` and says whether it is allowed. */
  hit(rule: RateLimitRule, subject: string): Promise<RateLimitResult>;
  /** Whether the subject's next attempt would be allowed, without counting one. */
  peek(rule: RateLimitRule, subject: string): Promise<RateLimitResult>;
  /** Forgets the subject's attempts (after a successful sign-in). */
  clear(rule: RateLimitRule, subject: string): Promise<void>;
  /** Rejects when the store cannot be reached (the health check). */
  ping(): Promise<void>;
}

/**
 * In-process fixed windows: the local default (one process, so nothing to share). A fixed window may let
 * up to twice the limit through around a window's edge; the shared store below does not.
 */
export class MemoryCounterStore implements CounterStore {
  readonly kind = "memory" as const;
  private readonly counters = new Map<string, { count: number; expiresAt: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  async hit(rule: RateLimitRule, subject: string): Promise<RateLimitResult> {
    const key = `rl:${rule.name}:${subject}`;
    const now = this.now();
    const current = this.counters.get(key);
    const entry = current && current.expiresAt > now ? current : { count: 0, expiresAt: now + rule.windowSeconds * 1000 };
    entry.count += 1;
    this.counters.set(key, entry);
    if (this.counters.size > 10_000) this.sweep(now);
    const allowed = entry.count <= rule.limit;
    return {
      allowed,
      remaining: Math.max(0, rule.limit - entry.count),
      retryAfterSeconds: allowed ? 0 : Math.ceil((entry.expiresAt - now) / 1000),
    };
  }

  async peek(rule: RateLimitRule, subject: string): Promise<RateLimitResult> {
    const now = this.now();
    const entry = this.counters.get(`rl:${rule.name}:${subject}`);
    const count = entry && entry.expiresAt > now ? entry.count : 0;
    const allowed = count < rule.limit;
    return {
      allowed,
      remaining: Math.max(0, rule.limit - count),
      retryAfterSeconds: allowed || !entry ? 0 : Math.ceil((entry.expiresAt - now) / 1000),
    };
  }

  async clear(rule: RateLimitRule, subject: string) {
    this.counters.delete(`rl:${rule.name}:${subject}`);
  }

  async ping() {}

  private sweep(now: number) {
    for (const [key, entry] of this.counters) if (entry.expiresAt <= now) this.counters.delete(key);
  }
}

/**
 * Upstash Redis through @upstash/ratelimit's sliding window, shared by every instance (Vercel runs many).
 * No local block cache (clear() must take effect everywhere at once) and no timeout: an unreachable
 * Upstash is an error and shows in the health check, never a silent "allowed".
 */
export class UpstashCounterStore implements CounterStore {
  readonly kind = "upstash" as const;
  private readonly limiters = new Map<string, Ratelimit>();

  constructor(private readonly redis: Redis) {}

  private limiter(rule: RateLimitRule): Ratelimit {
    const id = `${rule.name}:${rule.limit}:${rule.windowSeconds}`;
    let limiter = this.limiters.get(id);
    if (!limiter) {
      limiter = new Ratelimit({
        redis: this.redis,
        limiter: Ratelimit.slidingWindow(rule.limit, `${rule.windowSeconds} s`),
        prefix: `rl:${rule.name}`,
        ephemeralCache: false,
        analytics: false,
        timeout: 0,
      });
      this.limiters.set(id, limiter);
    }
    return limiter;
  }

  async hit(rule: RateLimitRule, subject: string): Promise<RateLimitResult> {
    const { success, remaining, reset } = await this.limiter(rule).limit(subject);
    return {
      allowed: success,
      remaining: Math.max(0, remaining),
      retryAfterSeconds: success ? 0 : Math.max(1, Math.ceil((reset - Date.now()) / 1000)),
    };
  }

  async peek(rule: RateLimitRule, subject: string): Promise<RateLimitResult> {
    const { remaining, reset } = await this.limiter(rule).getRemaining(subject);
    const allowed = remaining > 0;
    return {
      allowed,
      remaining: Math.max(0, remaining),
      retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((reset - Date.now()) / 1000)),
    };
  }

  async clear(rule: RateLimitRule, subject: string) {
    await this.limiter(rule).resetUsedTokens(subject);
  }

  async ping() {
    await this.redis.ping();
  }
}

const globalStore = globalThis as unknown as { counterStore?: CounterStore };

export function counterStore(): CounterStore {
  if (!globalStore.counterStore) {
    const { UPSTASH_REDIS_REST_URL: url, UPSTASH_REDIS_REST_TOKEN: token } = env();
    globalStore.counterStore = url && token ? new UpstashCounterStore(new Redis({ url, token })) : new MemoryCounterStore();
  }
  return globalStore.counterStore;
}
