// A provider (the demo provider over HTTP) with imported services, for order tests.
import { importServices } from "@/lib/catalog/import-services";
import { db } from "@/lib/db";
import { DEMO_TEST_KEY } from "@/lib/demo-provider/test-support";
import { createProvider } from "@/lib/providers/save-provider";
import { setSetting } from "@/lib/settings/settings";

let seq = 0;

/** Imports demo services 1 (Default, refill), 2 (Default), 11 (Package?) … at cost + 0 markup into a new provider. */
export async function providerWithServices(adminId: string, apiUrl: string, providerServiceIds = ["1", "2"]) {
  const provider = await createProvider({ name: `Orders provider ${++seq} ${Date.now()}`, apiUrl, apiKey: DEMO_TEST_KEY }, { id: adminId });
  await importServices({ providerId: provider.id, providerServiceIds, markupKind: "PERCENT", markupValue: "0", roundTo: null }, { id: adminId });
  const services = await db.service.findMany({ where: { providerId: provider.id }, select: { id: true, providerServiceId: true, rate: true, min: true, max: true, type: true } });
  const byUpstream = new Map(services.map((service) => [service.providerServiceId!, service]));
  return { provider, service: (upstreamId: string) => byUpstream.get(upstreamId)! };
}

export async function fastProviderTimeout(adminId: string, seconds = 1) {
  await setSetting("providers.timeoutSeconds", seconds, { id: adminId });
}
