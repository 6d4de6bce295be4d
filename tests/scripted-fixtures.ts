// Providers behind scripted upstreams (tests/scripted-provider.ts), each with its own books, for tests that
// move work between providers: which provider received an order is read from that provider's own count.
import { randomUUID } from "node:crypto";
import { importServices } from "@/lib/catalog/import-services";
import { db } from "@/lib/db";
import { DEMO_TEST_KEY } from "@/lib/demo-provider/test-support";
import { createProvider } from "@/lib/providers/save-provider";
import { startScriptedProvider } from "./scripted-provider";

let seq = 0;

/** A new provider over a scripted upstream, with its services `imported` into our catalogue (at cost). */
export async function scriptedProvider(adminId: string, imported: string[] = ["2"]) {
  const upstream = await startScriptedProvider({ orderId: `ext-${randomUUID().slice(0, 8)}` });
  const provider = await createProvider(
    { name: `Scripted provider ${++seq} ${Date.now()}`, apiUrl: upstream.url, apiKey: DEMO_TEST_KEY },
    { id: adminId },
  );
  if (imported.length)
    await importServices(
      { providerId: provider.id, providerServiceIds: imported, markupKind: "PERCENT", markupValue: "0", roundTo: null },
      { id: adminId },
    );
  const services = await db.service.findMany({ where: { providerId: provider.id }, select: { id: true, providerServiceId: true } });
  return {
    upstream,
    provider,
    /** Our service for one of its upstream ids. */
    service: (upstreamId: string) => services.find((service) => service.providerServiceId === upstreamId)!,
  };
}

export const randomLink = () => `https://instagram.com/p/${randomUUID().slice(0, 10)}`;
