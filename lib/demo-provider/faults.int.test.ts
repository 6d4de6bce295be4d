import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDemoFaultCounters } from "./faults";
import { accountBalance, demoCall, demoReply, resetDemoProvider, uniqueLink } from "./test-support";

const addFields = () => ({ action: "add", service: "1", link: uniqueLink(), quantity: "100" });

describe("demo provider: faults from the provider URL", () => {
  beforeEach(async () => {
    resetDemoFaultCounters();
    await resetDemoProvider("1000");
  });

  it("latencyMs sleeps before answering", async () => {
    const started = Date.now();
    expect(await demoCall({ action: "balance" }, { query: "latencyMs=250" })).toMatchObject({ currency: "USD" });
    expect(Date.now() - started).toBeGreaterThanOrEqual(240);
  });

  it("http_500 answers 500 with an HTML page, and processes nothing", async () => {
    const reply = await demoReply(addFields(), { query: "fault=http_500" });
    expect(reply.status).toBe(500);
    expect(reply.html).toMatch(/<html>.*500 Internal Server Error/);
    expect(await db.demoProviderOrder.count()).toBe(0);
  });

  it("error answers {error} with 200, for the listed actions only", async () => {
    const query = "fault=error&faultActions=add,status";
    const reply = await demoReply(addFields(), { query });
    expect(reply).toEqual({ status: 200, json: { error: "Service temporarily unavailable" } });
    expect(await demoCall({ action: "status", order: "1" }, { query })).toEqual({ error: "Service temporarily unavailable" });
    expect(await demoCall({ action: "balance" }, { query })).toEqual({ balance: "1000.0000000", currency: "USD" });
    expect(await db.demoProviderOrder.count()).toBe(0);
  });

  it("out_of_funds refuses add like a provider with no money, and leaves other actions alone", async () => {
    const query = "fault=out_of_funds";
    expect(await demoCall(addFields(), { query })).toEqual({ error: "Not enough funds on balance" });
    expect(await db.demoProviderOrder.count()).toBe(0);
    expect(await demoCall({ action: "balance" }, { query })).toEqual({ balance: "1000.0000000", currency: "USD" });
  });

  it("timeout_after_accept creates and charges the order, then holds the answer until hangMs", async () => {
    const started = Date.now();
    const answer = await demoCall<{ order: number }>(addFields(), { query: "fault=timeout_after_accept&hangMs=300" });
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(await db.demoProviderOrder.count({ where: { id: answer.order } })).toBe(1);
    expect((await accountBalance()).toFixed(7)).toBe("999.8750000");
  });

  it("timeout_after_accept stops hanging when the client gives up, the order already placed", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 150);
    const started = Date.now();
    const fields = addFields();
    await demoReply(fields, { query: "fault=timeout_after_accept", signal: controller.signal });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await db.demoProviderOrder.count({ where: { link: fields.link } })).toBe(1);
    expect((await accountBalance()).toFixed(7)).toBe("999.8750000");
    // Other actions answer at once.
    expect(await demoCall({ action: "balance" }, { query: "fault=timeout_after_accept" })).toMatchObject({ currency: "USD" });
  });

  it("faultRate fails a deterministic share of the affected requests: 3 in every 10", async () => {
    const query = "fault=error&faultRate=0.3&faultActions=balance";
    const failed: number[] = [];
    for (let index = 1; index <= 20; index += 1) {
      const answer = await demoCall<{ error?: string }>({ action: "balance" }, { query });
      if (answer.error) failed.push(index);
    }
    expect(failed).toEqual([4, 7, 10, 14, 17, 20]);
    // Requests the fault does not apply to are not counted.
    expect(await demoCall({ action: "services" }, { query })).toHaveLength(25);
  });

  it("checks the key after http_500/error but before out_of_funds", async () => {
    expect(await demoCall({ action: "balance" }, { query: "fault=error", key: "wrong" })).toEqual({
      error: "Service temporarily unavailable",
    });
    expect(await demoCall(addFields(), { query: "fault=out_of_funds", key: "wrong" })).toEqual({ error: "Invalid API key" });
  });
});
