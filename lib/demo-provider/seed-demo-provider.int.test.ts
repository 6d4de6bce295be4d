import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser } from "@/tests/factories";
import { FIXED_SERVICES } from "./catalog-fixed";
import { seedDemoProvider } from "./seed-demo-provider";

describe("seedDemoProvider (local mode)", () => {
  it("registers the demo provider once with every fixed service: subscriptions included, drip-feed flags kept", async () => {
    await createUser({ role: "ADMIN" });
    expect(await seedDemoProvider("http://localhost:3999", "durationMs=20000")).toBe(true);
    expect(await seedDemoProvider("http://localhost:3999")).toBe(false);

    const provider = await db.provider.findFirstOrThrow({ where: { isDemo: true }, select: { id: true, apiUrl: true } });
    expect(provider.apiUrl).toBe("http://localhost:3999/api/demo-provider/v2?durationMs=20000");
    const services = await db.service.findMany({
      where: { providerId: provider.id },
      select: { providerServiceId: true, type: true, dripfeed: true, cancel: true, status: true },
    });
    const byId = new Map(services.map((service) => [service.providerServiceId, service]));
    expect(services).toHaveLength(FIXED_SERVICES.length);
    for (const id of ["24", "25"]) expect(byId.get(id)).toMatchObject({ type: "SUBSCRIPTIONS", cancel: true, status: "ACTIVE" });
    const dripfeed = services.filter((service) => service.dripfeed).map((service) => Number(service.providerServiceId));
    expect(dripfeed.sort((a, b) => a - b)).toEqual([3, 4, 5, 6, 7, 10]);
    for (const id of dripfeed) expect(byId.get(String(id))).toMatchObject({ type: "DEFAULT" });
  });
});
