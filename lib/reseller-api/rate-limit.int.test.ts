import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MemoryCounterStore, type CounterStore } from "@/lib/cache/store";
import { setSetting } from "@/lib/settings/settings";
import { apiV2, resellerWithKey } from "@/tests/api-v2";
import { createUser } from "@/tests/factories";

// The shared store with a clock the test moves (the real code path reads it through counterStore()).
const holder = globalThis as unknown as { counterStore?: CounterStore };
let now = Date.UTC(2026, 0, 1, 12, 0, 0);
let admin: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  holder.counterStore = new MemoryCounterStore(() => now);
  admin = await createUser({ role: "ADMIN" });
  await setSetting("api.requestsPerMinute", 5, { id: admin.id });
});
afterAll(async () => {
  await setSetting("api.requestsPerMinute", 120, { id: admin.id });
  delete holder.counterStore;
});

describe("per-key rate limit", () => {
  it("trips after the setting's number of requests a minute with 429, Retry-After and the protocol's error, then recovers", async () => {
    const { key } = await resellerWithKey();
    const other = await resellerWithKey();
    for (let i = 0; i < 5; i += 1) expect((await apiV2({ key, action: "balance" })).json).toMatchObject({ currency: "BDT" });

    const limited = await apiV2({ key, action: "balance" });
    expect(limited.status).toBe(429);
    expect(limited.json).toEqual({ error: "Too many requests: rate limit exceeded" });
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(limited.headers.get("retry-after"))).toBeLessThanOrEqual(60);

    // Another key has its own allowance.
    expect((await apiV2({ key: other.key, action: "balance" })).status).toBe(200);

    now += 61_000;
    expect(await apiV2({ key, action: "balance" })).toMatchObject({ status: 200, json: { currency: "BDT" } });
  });
});
