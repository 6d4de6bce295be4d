import { describe, expect, it } from "vitest";
import { clearRateLimit, hitRateLimit, peekRateLimit } from "./rate-limit";
import { MemoryCounterStore } from "./store";

describe("fixed-window rate limit", () => {
  it("allows up to the limit, refuses after, and recovers when the window ends", async () => {
    let now = 1_000_000;
    const store = new MemoryCounterStore(() => now);
    const rule = { name: "test", limit: 3, windowSeconds: 60 };
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      expect(await hitRateLimit(rule, "a@b.c", store)).toMatchObject({ allowed: true, remaining: 3 - attempt });
    }
    expect(await hitRateLimit(rule, "a@b.c", store)).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 60 });
    expect((await hitRateLimit(rule, "other", store)).allowed).toBe(true);
    now += 59_000;
    expect(await hitRateLimit(rule, "a@b.c", store)).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
    now += 1_000;
    expect((await hitRateLimit(rule, "a@b.c", store)).allowed).toBe(true);
  });

  it("can be cleared (after a successful sign-in)", async () => {
    const store = new MemoryCounterStore();
    const rule = { name: "test", limit: 1, windowSeconds: 60 };
    await hitRateLimit(rule, "x", store);
    expect((await hitRateLimit(rule, "x", store)).allowed).toBe(false);
    await clearRateLimit(rule, "x", store);
    expect((await hitRateLimit(rule, "x", store)).allowed).toBe(true);
  });

  it("can be read without counting", async () => {
    let now = 1_000_000;
    const store = new MemoryCounterStore(() => now);
    const rule = { name: "test", limit: 2, windowSeconds: 60 };
    expect(await peekRateLimit(rule, "ip", store)).toMatchObject({ allowed: true, remaining: 2 });
    await hitRateLimit(rule, "ip", store);
    await hitRateLimit(rule, "ip", store);
    expect(await peekRateLimit(rule, "ip", store)).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 60 });
    expect(await peekRateLimit(rule, "ip", store)).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 60 });
    now += 60_000;
    expect((await peekRateLimit(rule, "ip", store)).allowed).toBe(true);
  });
});
