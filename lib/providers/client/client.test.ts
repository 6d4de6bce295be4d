import { afterEach, describe, expect, it } from "vitest";
import { createProviderClient, resetCircuit, type ProviderClient } from "./index";
import { startProvider, type Handler, type TestProvider } from "./test-server";

const KEY = "api-key-9b8c7d6e5f4a3b2c";
let provider: TestProvider | undefined;
let providerId = "";

afterEach(async () => {
  await provider?.close();
  provider = undefined;
  resetCircuit(providerId);
});

async function clientFor(handler: Handler): Promise<ProviderClient> {
  provider = await startProvider(handler);
  providerId = `client-test-${Math.random()}`;
  return createProviderClient({ providerId, apiUrl: provider.url, apiKey: KEY, timeoutMs: 2_000, retry: { initialDelayMs: 1 } });
}

/** Answers by action, like a recorded panel. */
const panel =
  (answers: Record<string, unknown>): Handler =>
  (request) => ({ body: answers[request.action ?? ""] ?? { error: "Incorrect request" } });

describe("services", () => {
  it("reads money exactly, tolerant numbers and booleans, maps types, skips and counts malformed entries", async () => {
    const client = await clientFor(
      panel({
        services: [
          {
            service: 1,
            name: "Followers",
            type: "Default",
            category: "Instagram",
            rate: "0.0012345",
            min: "50",
            max: "10000",
            refill: true,
            cancel: false,
            dripfeed: "1",
            extra: { ignored: true },
          },
          {
            service: "2",
            name: "Comments",
            type: "Custom Comments",
            category: "Instagram",
            rate: 1.25,
            min: 10,
            max: 100,
            refill: 0,
            cancel: 1,
            desc: "One per line",
          },
          {
            service: 3,
            name: "Poll votes",
            type: "poll",
            category: "Twitter",
            rate: "12.3456789",
            min: 100,
            max: 1000,
            refill: "true",
            cancel: "0",
          },
          { service: 4, name: "No rate", type: "Default", category: "X", min: 1, max: 2 },
          { service: 5, name: "Bad limits", category: "X", rate: "1", min: "many", max: 2 },
          { name: "No id", rate: "1", min: 1, max: 2 },
          "garbage",
          { service: 6, name: "Minimal", rate: "0.5", min: 1, max: 2 },
        ],
      }),
    );
    const list = await client.serviceList();
    expect(list.services.map((service) => service.serviceId)).toEqual(["1", "2", "3", "6"]);
    expect(list.skipped.map((skip) => [skip.index, skip.serviceId])).toEqual([
      [3, "4"],
      [4, "5"],
      [5, null],
      [6, null],
    ]);

    const [followers, comments, poll, minimal] = list.services;
    expect(followers.rate.toFixed()).toBe("0.0012345");
    expect(followers.rate.times(1000).toFixed()).toBe("1.2345");
    expect(followers).toMatchObject({
      name: "Followers",
      type: "DEFAULT",
      category: "Instagram",
      min: 50,
      max: 10000,
      refill: true,
      cancel: false,
      dripfeed: true,
      description: null,
    });
    expect(followers).not.toHaveProperty("extra");
    expect(comments).toMatchObject({
      serviceId: "2",
      type: "CUSTOM_COMMENTS",
      refill: false,
      cancel: true,
      dripfeed: false,
      description: "One per line",
    });
    expect(comments.rate.toFixed()).toBe("1.25");
    expect(poll.rate.toFixed()).toBe("12.3456789");
    expect(poll).toMatchObject({ type: "POLL", refill: true, cancel: false });
    expect(minimal).toMatchObject({ type: "DEFAULT", category: "Other", refill: false, cancel: false, dripfeed: false, description: null });

    expect(await client.services()).toHaveLength(4);
  });
});

describe("status", () => {
  it("reads one order: money, integers as strings, every status spelling", async () => {
    const client = await clientFor(
      panel({ status: { charge: "0.2782000", start_count: "3572", status: "In progress", remains: "157", currency: "USD" } }),
    );
    const status = await client.status(23501);
    expect(status).toMatchObject({ startCount: 3572, status: "in_progress", rawStatus: "In progress", remains: 157, currency: "USD" });
    expect(status.charge?.toFixed()).toBe("0.2782");
    expect(Object.fromEntries(provider!.requests[0].form)).toMatchObject({ action: "status", order: "23501" });
  });

  it("treats remains 'Unknown' and missing fields as null", async () => {
    const client = await clientFor(panel({ status: { status: "processing", remains: "Unknown", start_count: "" } }));
    expect(await client.status("9")).toEqual({
      charge: null,
      startCount: null,
      status: "processing",
      rawStatus: "processing",
      remains: null,
      currency: null,
    });
  });

  it("reads many orders: object errors, bare-string errors and missing ids each get an error entry", async () => {
    const client = await clientFor(
      panel({
        status: {
          "1": { charge: "0.27819", start_count: "3572", status: "Partial", remains: "157", currency: "USD" },
          "10": { error: "Incorrect order ID" },
          "100": "Incorrect order ID",
          "7": { charge: 1, start_count: 0, status: "Cancelled", remains: 0, currency: "usd", runs: 3, orders: [1, 2] },
          "999": { charge: "5", status: "Completed" },
        },
      }),
    );
    const results = await client.statuses([1, "10", "100", "7", "55", 1]);
    expect(Object.fromEntries(provider!.requests[0].form)).toMatchObject({ action: "status", orders: "1,10,100,7,55" });
    expect([...results.keys()]).toEqual(["1", "10", "100", "7", "55"]);
    expect(results.get("1")).toMatchObject({ status: "partial", remains: 157, startCount: 3572 });
    expect(results.get("10")).toEqual({ error: "Incorrect order ID" });
    expect(results.get("100")).toEqual({ error: "Incorrect order ID" });
    expect(results.get("7")).toMatchObject({ status: "canceled", remains: 0, currency: "USD" });
    expect(results.get("55")).toEqual({ error: "Missing from the provider's answer" });
  });

  it("refuses more than 100 ids before sending anything, and sends nothing for none", async () => {
    const client = await clientFor(panel({}));
    const ids = Array.from({ length: 101 }, (_, index) => index + 1);
    await expect(client.statuses(ids)).rejects.toThrow(RangeError);
    await expect(client.cancel(ids)).rejects.toThrow(RangeError);
    expect((await client.statuses([])).size).toBe(0);
    expect(provider!.count()).toBe(0);
  });
});

describe("add", () => {
  it("accepts {order} and {status:'success', order} and sends the fields of the type", async () => {
    const client = await clientFor((request, index) => ({ body: index === 0 ? { order: 23501 } : { status: "success", order: "23502" } }));
    expect(
      await client.add({ type: "DEFAULT", service: 1, link: "https://instagram.com/p/x", quantity: 100, runs: 5, interval: 30 }),
    ).toEqual({ providerOrderId: "23501" });
    expect(
      await client.add({ type: "CUSTOM_COMMENTS", service: "2", link: "https://x.example/p", comments: ["nice", "great", ""] }),
    ).toEqual({ providerOrderId: "23502" });
    const [first, second] = provider!.requests.map((request) => Object.fromEntries(request.form));
    expect(first).toEqual({
      key: KEY,
      action: "add",
      service: "1",
      link: "https://instagram.com/p/x",
      quantity: "100",
      runs: "5",
      interval: "30",
    });
    expect(second).toEqual({ key: KEY, action: "add", service: "2", link: "https://x.example/p", comments: "nice\ngreat" });
  });

  it("reports a refusal with its reason, and an answer without an order id as outcome unknown", async () => {
    const client = await clientFor((request, index) => ({
      body: index === 0 ? { error: "Quantity less than minimal 50" } : { status: "success" },
    }));
    await expect(client.add({ type: "PACKAGE", service: 3, link: "https://x.example" })).rejects.toMatchObject({
      kind: "rejected",
      reason: "min_max",
      outcomeUnknown: false,
    });
    await expect(client.add({ type: "PACKAGE", service: 3, link: "https://x.example" })).rejects.toMatchObject({
      kind: "protocol",
      outcomeUnknown: true,
    });
    expect(provider!.count("add")).toBe(2);
  });
});

describe("refill, refill status, cancel, balance", () => {
  it("reads single and multi refill answers", async () => {
    const client = await clientFor((request) => {
      if (request.form.get("order")) return { body: { refill: 1 } };
      return {
        body: [
          { order: 1, refill: 11 },
          { order: 2, refill: { error: "Order not eligible for refill." } },
        ],
      };
    });
    expect(await client.refill(5)).toEqual({ refillId: "1" });
    const results = await client.refills([1, 2, 3]);
    expect(Object.fromEntries(results)).toEqual({
      "1": { refillId: "11" },
      "2": { error: "Order not eligible for refill." },
      "3": { error: "Missing from the provider's answer" },
    });
  });

  it("reads refill statuses, including per-item 'Refill not found'", async () => {
    const client = await clientFor((request) => {
      if (request.form.get("refill")) return { body: { status: "Completed" } };
      return {
        body: [
          { refill: 1, status: "Completed" },
          { refill: 2, status: "in_progress" },
          { refill: 3, status: { error: "Refill not found" } },
          { refill: 4, status: "Rejected" },
        ],
      };
    });
    expect(await client.refillStatus("1")).toEqual({ status: "completed", rawStatus: "Completed" });
    const results = await client.refillStatuses([1, 2, 3, 4]);
    expect(Object.fromEntries(results)).toEqual({
      "1": { status: "completed", rawStatus: "Completed" },
      "2": { status: "in_progress", rawStatus: "in_progress" },
      "3": { error: "Refill not found" },
      "4": { status: "rejected", rawStatus: "Rejected" },
    });
    expect(provider!.requests[1].form.get("refills")).toBe("1,2,3,4");
  });

  it("reads cancel answers as accepted requests or errors", async () => {
    const client = await clientFor(
      panel({
        cancel: [
          { order: 2, cancel: { error: "Incorrect order ID" } },
          { order: 9, cancel: 1 },
          { order: 10, cancel: "0" },
        ],
      }),
    );
    expect(Object.fromEntries(await client.cancel(["9", "2", "10", "11"]))).toEqual({
      "9": { accepted: true },
      "2": { error: "Incorrect order ID" },
      "10": { error: "The provider did not accept the cancel request" },
      "11": { error: "Missing from the provider's answer" },
    });
    expect(provider!.requests[0].form.get("orders")).toBe("9,2,10,11");
  });

  it("reads the balance exactly and insists on a currency", async () => {
    const client = await clientFor((request, index) => ({
      body: index === 0 ? { balance: "100.8429211", currency: "usd" } : { balance: "5" },
    }));
    const balance = await client.balance();
    expect(balance.balance.toFixed()).toBe("100.8429211");
    expect(balance.currency).toBe("USD");
    await expect(client.balance()).rejects.toMatchObject({ kind: "protocol" });
  });
});
