import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MemoryCounterStore, type CounterStore } from "@/lib/cache/store";
import { peerHeaderFor, PEER_HEADER } from "@/lib/http/peer-address";
import { setSetting } from "@/lib/settings/settings";
import { apiV2, resellerWithKey } from "@/tests/api-v2";
import { createUser } from "@/tests/factories";
import { API_BAD_KEYS_PER_IP } from "./rate-limit";

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

describe("failed key lookups per client", () => {
  it("answers 429 with Retry-After, without a lookup, after 30 unknown keys a minute from one client, whatever X-Forwarded-For says; others are not affected", async () => {
    const from = (peer: string, spoof?: string) => ({
      headers: { [PEER_HEADER]: peerHeaderFor(peer), ...(spoof ? { "x-forwarded-for": spoof } : {}) },
    });
    const unknownKey = (n: number) => `smm_${"x".repeat(40)}${n}`;
    for (let n = 0; n < API_BAD_KEYS_PER_IP.limit; n += 1) {
      expect(await apiV2({ key: unknownKey(n), action: "balance" }, from("192.0.2.90", `10.9.9.${n}`))).toMatchObject({
        status: 200,
        json: { error: "Invalid API key" },
      });
    }
    const limited = await apiV2({ key: unknownKey(99), action: "balance" }, from("192.0.2.90", "10.9.9.200"));
    expect(limited.status).toBe(429);
    expect(limited.json).toEqual({ error: "Too many requests: rate limit exceeded" });
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);

    // Another client, with a good key or a bad one, is answered as usual.
    const { key } = await resellerWithKey();
    expect(await apiV2({ key, action: "balance" }, from("192.0.2.91"))).toMatchObject({ status: 200, json: { currency: "BDT" } });
    expect((await apiV2({ key: unknownKey(1), action: "balance" }, from("192.0.2.91"))).status).toBe(200);

    now += 61_000;
    expect((await apiV2({ key: unknownKey(100), action: "balance" }, from("192.0.2.90"))).status).toBe(200);
  });
});
