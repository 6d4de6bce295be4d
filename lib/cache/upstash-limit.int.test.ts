// The Upstash path of the rate limits against a real Redis behind Upstash's REST protocol: what one
// instance counts, another sees (Vercel runs many), and the sliding window holds at a window's edge.
import { Redis } from "@upstash/redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startUpstashRestServer } from "@/tests/upstash-rest-server";
import { clearRateLimit, hitRateLimit, peekRateLimit } from "./rate-limit";
import { UpstashCounterStore } from "./store";

let upstash: Awaited<ReturnType<typeof startUpstashRestServer>>;
/** One app instance: its own client and its own limiter objects, as a separate function instance has. */
const instance = () => new UpstashCounterStore(new Redis({ url: upstash.url, token: upstash.token, retry: false }));

beforeAll(async () => {
  upstash = await startUpstashRestServer();
});
afterAll(async () => upstash.close());

const subject = () => `s-${Math.random().toString(36).slice(2)}`;

describe("rate limits in Upstash", () => {
  it("are shared by two app instances, and a clear on one is seen by the other", async () => {
    const [a, b] = [instance(), instance()];
    const rule = { name: "shared", limit: 5, windowSeconds: 60 };
    const who = subject();
    const verdicts = [];
    for (const store of [a, a, b, a, b, b, a]) verdicts.push((await hitRateLimit(rule, who, store)).allowed);
    expect(verdicts).toEqual([true, true, true, true, true, false, false]);
    const refused = await hitRateLimit(rule, who, b);
    expect(refused).toMatchObject({ allowed: false, remaining: 0 });
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect((await hitRateLimit(rule, subject(), b)).allowed).toBe(true); // another subject is counted apart

    expect(await peekRateLimit(rule, who, a)).toMatchObject({ allowed: false, remaining: 0 });
    await clearRateLimit(rule, who, a);
    expect(await peekRateLimit(rule, who, b)).toMatchObject({ allowed: true, remaining: 5 });
    expect((await hitRateLimit(rule, who, b)).allowed).toBe(true);
  });

  it("never lets a burst across a window's edge through twice (the sliding window)", async () => {
    const store = instance();
    const rule = { name: "edge", limit: 4, windowSeconds: 2 };
    const who = subject();
    const sleepUntil = (at: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, at - Date.now())));
    const burst = async (count: number) => {
      let allowed = 0;
      for (let i = 0; i < count; i += 1) if ((await hitRateLimit(rule, who, store)).allowed) allowed += 1;
      return allowed;
    };
    // One attempt opens a window; three more at its end, four just after it. A fixed window (counted
    // from the first attempt, as INCR + EXPIRE does) allows all seven of the last attempts, 0.2 s apart.
    const first = Date.now();
    await burst(1);
    await sleepUntil(first + 1_850);
    const late = await burst(3);
    await sleepUntil(first + 2_100);
    const early = await burst(4);
    expect(late + early).toBeLessThanOrEqual(rule.limit + 1);
  });

  it("fails loudly, never 'allowed', when Upstash cannot be reached", async () => {
    const unreachable = new UpstashCounterStore(new Redis({ url: "http://127.0.0.1:9", token: "x", retry: false }));
    await expect(hitRateLimit({ name: "down", limit: 5, windowSeconds: 60 }, subject(), unreachable)).rejects.toThrow();
  });
});
