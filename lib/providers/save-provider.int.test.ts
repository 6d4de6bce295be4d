import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { parseAllowList } from "@/lib/net/allow-list";
import type { OutboundRules } from "@/lib/net/outbound-url";
import { createUser } from "@/tests/factories";
import { startProvider, type TestProvider } from "./client/test-server";
import { providerClientFor } from "./provider-client";
import { createProvider, updateProvider } from "./save-provider";

// Production rules injected as a parameter: the process stays in test mode, the guard does not.
const production = (allow = ""): OutboundRules => ({ blockPrivate: true, allow: parseAllowList(allow).list });
const KEY = "sk_provider_key_0123456789";

let upstream: TestProvider;
let port = 0;
let admin: Awaited<ReturnType<typeof createUser>>;
let seq = 0;

beforeAll(async () => {
  upstream = await startProvider(() => ({ body: { balance: "12.5", currency: "USD" } }));
  port = Number(new URL(upstream.url).port);
  admin = await createUser({ role: "ADMIN" });
});
afterAll(async () => upstream.close());

const actor = () => ({ id: admin.id });
const name = () => `Guarded ${++seq} ${Date.now()}`;
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.unreachable("should be refused"),
    (error: unknown) => error,
  );

describe("provider URLs under production rules", () => {
  it.each([
    ["127.0.0.1", () => `http://127.0.0.1:${port}/api/v2`],
    ["hex", () => `http://0x7f000001:${port}/api/v2`],
    ["decimal", () => `http://2130706433:${port}/api/v2`],
    ["IPv6 loopback", () => `http://[::1]:${port}/api/v2`],
    ["cloud metadata", () => "http://169.254.169.254/latest/meta-data/"],
    ["RFC 1918", () => "http://10.0.0.1/api/v2"],
    ["a name resolving to loopback", () => `http://localhost:${port}/api/v2`],
  ])("creating one at %s is a 422 naming apiUrl; nothing is written or sent", async (_label, url) => {
    const before = { providers: await db.provider.count(), requests: upstream.requests.length };
    const error = await failure(createProvider({ name: name(), apiUrl: url(), apiKey: KEY }, actor(), { outbound: production() }));
    expect(error).toMatchObject({
      status: 422,
      message: expect.stringMatching(/^apiUrl: .*private, loopback or link-local/),
      details: { fields: { apiUrl: [expect.any(String)] } },
    });
    expect(await db.provider.count()).toBe(before.providers);
    expect(upstream.requests.length).toBe(before.requests);
  });

  it("allows what OUTBOUND_ALLOWED_HOSTS names (an address, a host name)", async () => {
    const byAddress = await createProvider({ name: name(), apiUrl: `http://127.0.0.1:${port}/api/v2`, apiKey: KEY }, actor(), {
      outbound: production("127.0.0.1"),
    });
    expect(byAddress).toMatchObject({ balance: "12.5", currency: "USD" });
    const byName = await createProvider({ name: name(), apiUrl: `http://localhost:${port}/api/v2`, apiKey: KEY }, actor(), {
      outbound: production("localhost"),
    });
    expect(byName).toMatchObject({ balance: "12.5" });
  });

  it("refuses an edit to a private URL, even for a disabled provider (no test call then)", async () => {
    const provider = await createProvider({ name: name(), apiUrl: upstream.url, apiKey: KEY }, actor());
    const edit = {
      providerId: provider.id,
      name: provider.name,
      apiUrl: "http://169.254.169.254/latest/",
      apiKey: KEY,
      status: "DISABLED" as const,
      lowBalanceThreshold: null,
    };
    expect(await failure(updateProvider(edit, actor(), { outbound: production() }))).toMatchObject({
      status: 422,
      message: expect.stringMatching(/^apiUrl: /),
    });
    expect((await db.provider.findUniqueOrThrow({ where: { id: provider.id } })).apiUrl).toBe(upstream.url);
  });

  it("checks a stored URL again at call time: a provider saved earlier is refused without anything sent", async () => {
    const provider = await createProvider({ name: name(), apiUrl: upstream.url, apiKey: KEY }, actor());
    const before = upstream.requests.length;
    const client = await providerClientFor(provider.id, { outbound: production() });
    expect(await failure(client.balance())).toMatchObject({ kind: "connect", causeCode: "ERR_OUTBOUND_REFUSED", outcomeUnknown: false });
    expect(await failure(client.add({ type: "DEFAULT", service: "1", link: "https://example.com/p/1", quantity: 100 }))).toMatchObject({
      kind: "connect",
      causeCode: "ERR_OUTBOUND_REFUSED",
    });
    expect(upstream.requests.length).toBe(before);
    const allowed = await providerClientFor(provider.id, { outbound: production("127.0.0.0/8") });
    expect((await allowed.balance()).currency).toBe("USD");
    expect(upstream.requests.length).toBe(before + 1);
  });
});

describe("changing a provider's URL", () => {
  it("needs the key again: a blank key with a new URL is a 422 naming apiKey, and the new host hears nothing", async () => {
    const provider = await createProvider({ name: name(), apiUrl: upstream.url, apiKey: KEY }, actor());
    const other = await startProvider(() => ({ body: { balance: "1", currency: "USD" } }));
    try {
      const edit = {
        providerId: provider.id,
        name: provider.name,
        apiUrl: other.url,
        status: "ACTIVE" as const,
        lowBalanceThreshold: null,
      };
      const error = await failure(updateProvider({ ...edit, apiKey: undefined }, actor()));
      expect(error).toMatchObject({
        status: 422,
        message: expect.stringMatching(/^apiKey: /),
        details: { fields: { apiKey: [expect.any(String)] } },
      });
      expect(other.requests).toHaveLength(0);
      expect((await db.provider.findUniqueOrThrow({ where: { id: provider.id } })).apiUrl).toBe(upstream.url);

      const saved = await updateProvider({ ...edit, apiKey: "sk_other_key_9876543210" }, actor());
      expect(saved).toMatchObject({ apiUrl: other.url, apiKeyHint: "…3210" });
      expect(other.requests.map((request) => request.form.get("key"))).toEqual(["sk_other_key_9876543210"]);
    } finally {
      await other.close();
    }
  });

  it("keeps the stored key when the URL stays the same", async () => {
    const provider = await createProvider({ name: name(), apiUrl: upstream.url, apiKey: KEY }, actor());
    const saved = await updateProvider(
      {
        providerId: provider.id,
        name: `${provider.name} renamed`,
        apiUrl: upstream.url,
        apiKey: undefined,
        status: "ACTIVE",
        lowBalanceThreshold: null,
      },
      actor(),
    );
    expect(saved).toMatchObject({ name: `${provider.name} renamed`, apiKeyHint: provider.apiKeyHint });
  });
});
