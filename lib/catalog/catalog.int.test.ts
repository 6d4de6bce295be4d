import { InngestTestEngine } from "@inngest/test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as providerServicesRoute } from "@/app/api/admin/providers/[id]/services/route";
import { toInngestFunction } from "@/inngest/client";
import { catalogSyncJob } from "@/inngest/functions/catalog-sync";
import { db } from "@/lib/db";
import { DEMO_TEST_KEY, resetDemoProvider } from "@/lib/demo-provider/test-support";
import { listProviders } from "@/lib/providers/list-providers";
import { createProvider, updateProvider } from "@/lib/providers/save-provider";
import { startDemoProviderServer } from "@/tests/demo-provider-server";
import { callRoute, createUser, sessionCookie } from "@/tests/factories";
import { importServices } from "./import-services";
import { syncProviderCatalog } from "./sync-provider-catalog";

let demo: Awaited<ReturnType<typeof startDemoProviderServer>>;
let admin: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  demo = await startDemoProviderServer();
  await resetDemoProvider("1000");
  admin = await createUser({ role: "ADMIN" });
});
afterAll(async () => demo.close());

const actor = () => ({ id: admin.id });
let seq = 0;
const newProvider = (query = "") =>
  createProvider({ name: `Demo ${++seq} ${Date.now()}`, apiUrl: demo.url(query), apiKey: DEMO_TEST_KEY }, actor());

describe("providers", () => {
  it("adds a provider after a successful test connection, with the key encrypted and never shown", async () => {
    const provider = await newProvider();
    expect(provider).toMatchObject({ balance: "1000", currency: "USD", apiKeyHint: "…6789" });
    const row = await db.provider.findUniqueOrThrow({ where: { id: provider.id } });
    expect(row.apiKeyEncrypted).not.toContain(DEMO_TEST_KEY);
    expect(JSON.stringify(await listProviders())).not.toContain(DEMO_TEST_KEY);
    const answer = await callRoute(providerServicesRoute, {
      method: "GET",
      cookie: await sessionCookie(admin),
      params: { id: provider.id },
    });
    expect(answer.status).toBe(200);
    expect(JSON.stringify(answer.json)).not.toContain(DEMO_TEST_KEY);
  });

  it("refuses an unreachable URL, a wrong key and a URL that is not an API, naming the field and writing nothing", async () => {
    const before = await db.provider.count();
    await expect(
      createProvider({ name: "Nowhere", apiUrl: "http://127.0.0.1:9/api/v2", apiKey: DEMO_TEST_KEY }, actor()),
    ).rejects.toMatchObject({ status: 422, message: expect.stringMatching(/^apiUrl: /) });
    await expect(createProvider({ name: "Wrong key", apiUrl: demo.url(), apiKey: "not-the-key" }, actor())).rejects.toMatchObject({
      status: 422,
      message: expect.stringMatching(/^apiKey: /),
    });
    await expect(
      createProvider({ name: "HTML", apiUrl: demo.url("fault=http_500"), apiKey: DEMO_TEST_KEY }, actor()),
    ).rejects.toMatchObject({ status: 422, message: expect.stringMatching(/^apiUrl: /) });
    expect(await db.provider.count()).toBe(before);
  });
});

describe("import", () => {
  it("imports with a 25 % markup, and a second import updates the same rows instead of duplicating", async () => {
    const provider = await newProvider();
    const ids = ["1", "2", "4", "5"];
    const progress: number[] = [];
    const first = await importServices(
      { providerId: provider.id, providerServiceIds: ids, markupKind: "PERCENT", markupValue: "25", roundTo: null },
      actor(),
      (p) => void progress.push(p.done),
    );
    expect(first).toMatchObject({ created: 4, updated: 0, missing: [] });
    expect(progress.at(-1)).toBe(4);
    const rows = await db.service.findMany({
      where: { providerId: provider.id },
      orderBy: { providerServiceId: "asc" },
      select: { id: true, providerServiceId: true, rate: true, providerRate: true },
    });
    expect(rows).toHaveLength(4);
    for (const row of rows) {
      // our rate = provider rate (USD) × 122 (default exchange rate) × 1.25, rounded up to 4 places
      const expected = (Number(row.providerRate) * 122 * 1.25).toFixed(6);
      expect(Math.abs(Number(row.rate.toString()) - Number(expected))).toBeLessThan(0.0001);
    }
    const second = await importServices(
      { providerId: provider.id, providerServiceIds: ids, markupKind: "PERCENT", markupValue: "25", roundTo: null },
      actor(),
    );
    expect(second).toMatchObject({ created: 0, updated: 4 });
    const again = await db.service.findMany({
      where: { providerId: provider.id },
      orderBy: { providerServiceId: "asc" },
      select: { id: true },
    });
    expect(again.map((row) => row.id)).toEqual(rows.map((row) => row.id));
    expect(await db.serviceChange.count({ where: { serviceId: { in: rows.map((row) => row.id) }, kind: "created" } })).toBe(4);
  });

  it("maps a provider category to one of ours, and creates the others by name", async () => {
    const provider = await newProvider();
    const ours = await db.category.create({ data: { name: `Mapped ${Date.now()}` } });
    const { services } = await (await import("./fetch-provider-services")).fetchProviderServices(provider.id);
    const first = services.find((service) => service.serviceId === "1")!;
    const other = services.find((service) => service.category !== first.category)!;
    await importServices(
      {
        providerId: provider.id,
        providerServiceIds: [first.serviceId, other.serviceId],
        markupKind: "FIXED",
        markupValue: "0",
        roundTo: null,
        categoryMap: { [first.category]: ours.id },
      },
      actor(),
    );
    const rows = await db.service.findMany({
      where: { providerId: provider.id },
      select: { providerServiceId: true, category: { select: { id: true, name: true } } },
    });
    expect(rows.find((row) => row.providerServiceId === "1")?.category.id).toBe(ours.id);
    expect(rows.find((row) => row.providerServiceId === other.serviceId)?.category.name).toBe(other.category);
    await expect(
      importServices(
        {
          providerId: provider.id,
          providerServiceIds: ["1"],
          markupKind: "FIXED",
          markupValue: "0",
          categoryMap: { [first.category]: "missing" },
        },
        actor(),
      ),
    ).rejects.toMatchObject({ status: 422, message: expect.stringMatching(/^categoryMap: /) });
  });

  it("refuses a negative markup", async () => {
    const { importSchema } = await import("./schemas");
    expect(importSchema.safeParse({ providerId: "p", providerServiceIds: ["1"], markupKind: "PERCENT", markupValue: "-5" }).success).toBe(
      false,
    );
  });
});

describe("sync", () => {
  it("disables a service that vanished upstream and logs a rate change, keeping our markup", async () => {
    const provider = await newProvider();
    await importServices(
      { providerId: provider.id, providerServiceIds: ["1", "2", "3"], markupKind: "PERCENT", markupValue: "50", roundTo: null },
      actor(),
    );
    // Variant 1 of the demo catalogue: service 2's rate +10 %, service 3 gone.
    await updateProvider(
      {
        providerId: provider.id,
        name: `Variant ${Date.now()}`,
        apiUrl: demo.url("catalogVariant=1"),
        apiKey: DEMO_TEST_KEY,
        status: "ACTIVE",
        lowBalanceThreshold: null,
      },
      actor(),
    );
    const result = await syncProviderCatalog(provider.id);
    expect(result.vanished).toBe(1);
    const byUpstream = new Map(
      (await db.service.findMany({ where: { providerId: provider.id } })).map((row) => [row.providerServiceId, row]),
    );
    expect(byUpstream.get("3")).toMatchObject({ status: "DISABLED" });
    expect(byUpstream.get("3")?.vanishedAt).toBeInstanceOf(Date);
    const rateChange = await db.serviceChange.findFirstOrThrow({
      where: { serviceId: byUpstream.get("2")!.id, kind: "rate", source: "sync" },
    });
    expect(rateChange.priceRise).toBe(true);
    expect(byUpstream.get("2")?.markupValue?.toString()).toBe("50");
    // A second sync changes nothing more.
    expect((await syncProviderCatalog(provider.id)).changes).toBe(0);
  });
});

describe("catalog-sync cron (Inngest function)", () => {
  it("syncs the providers that are due and reports each", async () => {
    const provider = await newProvider();
    await importServices(
      { providerId: provider.id, providerServiceIds: ["1"], markupKind: "FIXED", markupValue: "1", roundTo: null },
      actor(),
    );
    await db.provider.update({ where: { id: provider.id }, data: { lastSyncedAt: new Date(Date.now() - 7 * 3600_000) } });
    const engine = new InngestTestEngine({ function: toInngestFunction(catalogSyncJob) });
    const { result } = await engine.execute();
    const report = result as { due: number; results: { providerId: string; ok: boolean }[] };
    expect(report.results).toContainEqual(expect.objectContaining({ providerId: provider.id, ok: true }));
    const synced = await db.provider.findUniqueOrThrow({ where: { id: provider.id }, select: { lastSyncedAt: true } });
    expect(synced.lastSyncedAt!.getTime()).toBeGreaterThan(Date.now() - 60_000);
  });
});
