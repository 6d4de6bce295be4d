import { Redis } from "@upstash/redis";
import { env } from "@/lib/env";

/** The shared store behind rate limits: Upstash Redis when configured, in-process otherwise. */
export interface CounterStore {
  readonly kind: "upstash" | "memory";
  /** Adds 1 to `key` in a fixed window of `windowSeconds`; returns the count and seconds left in the window. */
  increment(key: string, windowSeconds: number): Promise<{ count: number; resetInSeconds: number }>;
  reset(key: string): Promise<void>;
  /** Rejects when the store cannot be reached (the health check). */
  ping(): Promise<void>;
}

export class MemoryCounterStore implements CounterStore {
  readonly kind = "memory" as const;
  private readonly counters = new Map<string, { count: number; expiresAt: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  async increment(key: string, windowSeconds: number) {
    const now = this.now();
    const current = this.counters.get(key);
    const entry =
      current && current.expiresAt > now ? current : { count: 0, expiresAt: now + windowSeconds * 1000 };
    entry.count += 1;
    this.counters.set(key, entry);
    if (this.counters.size > 10_000) this.sweep(now);
    return { count: entry.count, resetInSeconds: Math.ceil((entry.expiresAt - now) / 1000) };
  }

  async reset(key: string) {
    this.counters.delete(key);
  }

  async ping() {}

  private sweep(now: number) {
    for (const [key, entry] of this.counters) if (entry.expiresAt <= now) this.counters.delete(key);
  }
}

export class UpstashCounterStore implements CounterStore {
  readonly kind = "upstash" as const;
  constructor(private readonly redis: Redis) {}

  async increment(key: string, windowSeconds: number) {
    const pipeline = this.redis.pipeline();
    pipeline.incr(key);
    pipeline.expire(key, windowSeconds, "NX");
    pipeline.ttl(key);
    const [count, , ttl] = await pipeline.exec<[number, number, number]>();
    return { count, resetInSeconds: ttl > 0 ? ttl : windowSeconds };
  }

  async reset(key: string) {
    await this.redis.del(key);
  }

  async ping() {
    await this.redis.ping();
  }
}

const globalStore = globalThis as unknown as { counterStore?: CounterStore };

export function counterStore(): CounterStore {
  if (!globalStore.counterStore) {
    const { UPSTASH_REDIS_REST_URL: url, UPSTASH_REDIS_REST_TOKEN: token } = env();
    globalStore.counterStore =
      url && token ? new UpstashCounterStore(new Redis({ url, token })) : new MemoryCounterStore();
  }
  return globalStore.counterStore;
}
