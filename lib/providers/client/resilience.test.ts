import { afterEach, describe, expect, it, vi } from "vitest";
import { logger } from "@/lib/log/logger";
import { createProviderClient, resetCircuit, type ProviderClientOptions } from "./index";
import { refusedUrl, startProvider, type Handler, type TestProvider } from "./test-server";

const KEY = "k3y-never-to-be-seen-0042";
const started: TestProvider[] = [];
const providerIds: string[] = [];

afterEach(async () => {
  await Promise.all(started.splice(0).map((provider) => provider.close()));
  providerIds.splice(0).forEach(resetCircuit);
  vi.restoreAllMocks();
});

async function serve(handler: Handler): Promise<TestProvider> {
  const provider = await startProvider(handler);
  started.push(provider);
  return provider;
}

function client(apiUrl: string, options: Partial<ProviderClientOptions> = {}) {
  const providerId = options.providerId ?? `resilience-${Math.random()}`;
  providerIds.push(providerId);
  return createProviderClient({
    providerId,
    apiUrl,
    apiKey: KEY,
    timeoutMs: 300,
    retry: { attempts: 3, initialDelayMs: 5, maxDelayMs: 50 },
    ...options,
  });
}

const html502 = { status: 502, body: "<html><title>502 Bad Gateway</title></html>" };
const order = { type: "DEFAULT", service: 1, link: "https://x.example/p", quantity: 100 } as const;

describe("retries", () => {
  it("sends add exactly once when it times out, while status is retried until it answers", async () => {
    const provider = await serve((request) => {
      if (request.action === "add") return { hang: true };
      return provider.count("status") < 3
        ? { hang: true }
        : { body: { status: "Completed", charge: "1", remains: "0", start_count: "5", currency: "USD" } };
    });
    const api = client(provider.url, { breaker: { threshold: 100 } });
    await expect(api.add(order)).rejects.toMatchObject({ kind: "timeout", outcomeUnknown: true });
    expect(provider.count("add")).toBe(1);
    await expect(api.status(1)).resolves.toMatchObject({ status: "completed" });
    expect(provider.count("status")).toBe(3);
  });

  it("never resends a write after a server error or a dropped connection", async () => {
    const provider = await serve((request) => (request.action === "cancel" ? { drop: true } : html502));
    const api = client(provider.url);
    await expect(api.add(order)).rejects.toMatchObject({ kind: "server", outcomeUnknown: true });
    await expect(api.refill(1)).rejects.toMatchObject({ kind: "server", outcomeUnknown: true });
    await expect(api.cancel([1])).rejects.toMatchObject({ kind: "timeout", outcomeUnknown: true });
    expect([provider.count("add"), provider.count("refill"), provider.count("cancel")]).toEqual([1, 1, 1]);
  });

  it("retries a write once when the connection was refused (nothing was sent)", async () => {
    const apiUrl = await refusedUrl();
    const realFetch = globalThis.fetch;
    const counted = vi.fn((input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) => realFetch(input, init));
    const api = client(apiUrl, { fetch: counted });
    await expect(api.add(order)).rejects.toMatchObject({ kind: "connect", outcomeUnknown: false, circuitOpen: false });
    expect(counted).toHaveBeenCalledTimes(2);
    counted.mockClear();
    await expect(api.balance()).rejects.toMatchObject({ kind: "connect" });
    expect(counted).toHaveBeenCalledTimes(3);
  });

  it("retries reads on 5xx and 429 (honouring a short Retry-After) but never on auth, funds or refusals", async () => {
    const provider = await serve((request) => {
      const n = provider.count(request.action ?? "");
      if (request.action === "balance") return n < 3 ? html502 : { body: { balance: "1.0000001", currency: "USD" } };
      if (request.action === "services")
        return n < 2 ? { status: 429, headers: { "retry-after": "0" }, body: { error: "Too many requests" } } : { body: [] };
      if (request.action === "refill_status") return { status: 429, headers: { "retry-after": "120" }, body: "slow down" };
      if (request.form.get("order") === "1") return { body: { error: "Invalid API key" } };
      if (request.form.get("order") === "2") return { status: 402, body: { error: "Not enough funds on balance" } };
      return { body: { error: "Incorrect order ID" } };
    });
    const api = client(provider.url, { breaker: { threshold: 100 } });
    expect((await api.balance()).balance.toFixed()).toBe("1.0000001");
    expect(provider.count("balance")).toBe(3);
    expect(await api.services()).toEqual([]);
    expect(provider.count("services")).toBe(2);
    await expect(api.refillStatus(1)).rejects.toMatchObject({ kind: "rate_limited", retryAfterMs: 120_000 });
    expect(provider.count("refill_status")).toBe(1);
    await expect(api.status(1)).rejects.toMatchObject({ kind: "auth" });
    await expect(api.status(2)).rejects.toMatchObject({ kind: "funds" });
    await expect(api.status(3)).rejects.toMatchObject({ kind: "rejected", reason: "incorrect_order" });
    expect(provider.count("status")).toBe(3);
  });
});

describe("circuit breaker", () => {
  it("opens after N consecutive failures, then fails fast without sending, for every client of that provider", async () => {
    const provider = await serve(() => html502);
    const options = { providerId: `breaker-${Math.random()}`, retry: { attempts: 1 }, breaker: { threshold: 3, halfOpenAfterMs: 60_000 } };
    const api = client(provider.url, options);
    for (let call = 0; call < 3; call += 1) await expect(api.balance()).rejects.toMatchObject({ kind: "server" });
    expect(provider.count()).toBe(3);

    await expect(api.balance()).rejects.toMatchObject({ kind: "connect", circuitOpen: true, outcomeUnknown: false });
    await expect(api.add(order)).rejects.toMatchObject({ kind: "connect", circuitOpen: true, outcomeUnknown: false });
    await expect(client(provider.url, options).status(1)).rejects.toMatchObject({ circuitOpen: true });
    expect(provider.count()).toBe(3);

    await expect(client(provider.url, { retry: { attempts: 1 } }).balance()).rejects.toMatchObject({ kind: "server", circuitOpen: false });
    expect(provider.count()).toBe(4);

    resetCircuit(options.providerId);
    await expect(api.balance()).rejects.toMatchObject({ kind: "server" });
    expect(provider.count()).toBe(5);
  });

  it("half-opens after the pause and closes again when the provider recovers", async () => {
    let healthy = false;
    const provider = await serve(() => (healthy ? { body: { balance: "2", currency: "USD" } } : { status: 503, body: "down" }));
    const api = client(provider.url, { retry: { attempts: 1 }, breaker: { threshold: 2, halfOpenAfterMs: 150 } });
    await expect(api.balance()).rejects.toMatchObject({ kind: "server" });
    await expect(api.balance()).rejects.toMatchObject({ kind: "server" });
    await expect(api.balance()).rejects.toMatchObject({ circuitOpen: true });
    healthy = true;
    await new Promise((resolve) => setTimeout(resolve, 200));
    await expect(api.balance()).resolves.toMatchObject({ currency: "USD" });
    await expect(api.balance()).resolves.toMatchObject({ currency: "USD" });
    expect(provider.count()).toBe(4);
  });

  it("is not opened by refusals: a provider that answers is up, and that resets the failure count", async () => {
    const provider = await serve((request) => (request.form.get("order") === "0" ? html502 : { body: { error: "Incorrect order ID" } }));
    const api = client(provider.url, { retry: { attempts: 1 }, breaker: { threshold: 2 } });
    for (let call = 1; call <= 5; call += 1) await expect(api.status(call)).rejects.toMatchObject({ kind: "rejected" });
    await expect(api.status(0)).rejects.toMatchObject({ kind: "server" });
    await expect(api.status(1)).rejects.toMatchObject({ kind: "rejected" });
    await expect(api.status(0)).rejects.toMatchObject({ kind: "server" });
    await expect(api.status(1)).rejects.toMatchObject({ kind: "rejected" });
    expect(provider.count()).toBe(9);
  });

  it("counts timeouts towards opening", async () => {
    const provider = await serve(() => ({ hang: true }));
    const api = client(provider.url, { timeoutMs: 100, retry: { attempts: 1 }, breaker: { threshold: 2 } });
    await expect(api.add(order)).rejects.toMatchObject({ kind: "timeout" });
    await expect(api.refill(1)).rejects.toMatchObject({ kind: "timeout" });
    await expect(api.add(order)).rejects.toMatchObject({ kind: "connect", circuitOpen: true });
    expect(provider.count()).toBe(2);
  });
});

describe("logging", () => {
  it("logs action, provider, time and outcome, never the key or the URL's query string", async () => {
    const lines: unknown[] = [];
    for (const level of ["debug", "info", "warn", "error"] as const) {
      vi.spyOn(logger, level).mockImplementation(((...args: unknown[]) => void lines.push(args)) as never);
    }
    const provider = await serve((request, index) =>
      index === 0 ? { body: { balance: "1", currency: "USD" } } : { body: { error: `Invalid API key ${KEY}` } },
    );
    const api = client(`${provider.url}?token=query-secret-77`);
    await api.balance();
    await expect(api.status(1)).rejects.toMatchObject({ kind: "auth" });
    const text = JSON.stringify(lines);
    expect(text).toContain('"action":"balance"');
    expect(text).toContain('"outcome":"ok"');
    expect(text).toContain('"outcome":"auth"');
    expect(text).toContain('"ms":');
    expect(text).toContain(provider.url);
    expect(text).not.toContain(KEY);
    expect(text).not.toContain("query-secret-77");
  });
});
