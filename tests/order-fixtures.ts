// A provider (the demo provider over HTTP) with imported services, for order tests.
import { importServices } from "@/lib/catalog/import-services";
import { db } from "@/lib/db";
import { DEMO_TEST_KEY } from "@/lib/demo-provider/test-support";
import { createProvider } from "@/lib/providers/save-provider";
import { setSetting } from "@/lib/settings/settings";
import { afterAll, beforeAll } from "vitest";
import { resetDemoProvider } from "@/lib/demo-provider/test-support";
import { startDemoProviderServer } from "./demo-provider-server";
import { createUser } from "./factories";

let seq = 0;

/** Imports demo services 1 (Default, refill), 2 (Default), 11 (Package?) … at cost + 0 markup into a new provider. */
export async function providerWithServices(adminId: string, apiUrl: string, providerServiceIds = ["1", "2"]) {
  const provider = await createProvider({ name: `Orders provider ${++seq} ${Date.now()}`, apiUrl, apiKey: DEMO_TEST_KEY }, { id: adminId });
  await importServices(
    { providerId: provider.id, providerServiceIds, markupKind: "PERCENT", markupValue: "0", roundTo: null },
    { id: adminId },
  );
  const services = await db.service.findMany({
    where: { providerId: provider.id },
    select: { id: true, providerServiceId: true, rate: true, min: true, max: true, type: true },
  });
  const byUpstream = new Map(services.map((service) => [service.providerServiceId!, service]));
  return { provider, service: (upstreamId: string) => byUpstream.get(upstreamId)! };
}

export async function fastProviderTimeout(adminId: string, seconds = 1) {
  await setSetting("providers.timeoutSeconds", seconds, { id: adminId });
}

type DemoContext = { demo: Awaited<ReturnType<typeof startDemoProviderServer>>; admin: Awaited<ReturnType<typeof createUser>> };

/**
 * For a test file: the demo provider over HTTP with a USD balance, and an admin, ready in beforeAll
 * (read them from the returned object inside tests) and closed afterAll.
 */
export function withDemoProvider(options: { balance?: string; timeoutSeconds?: number } = {}): DemoContext {
  const context = {} as DemoContext;
  beforeAll(async () => {
    context.demo = await startDemoProviderServer();
    await resetDemoProvider(options.balance ?? "100000");
    context.admin = await createUser({ role: "ADMIN" });
    if (options.timeoutSeconds) await fastProviderTimeout(context.admin.id, options.timeoutSeconds);
  });
  afterAll(async () => context.demo.close());
  return context;
}
