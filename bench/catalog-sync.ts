// `npm run bench`: import of 5,000 services and a sync pass over a 5,000-service catalogue, end to
// end against the demo provider over HTTP, on a fresh embedded PostgreSQL. Prints seconds and
// database round-trips (statements PostgreSQL logged while each step ran).
import os from "node:os";
import { startBenchDatabase } from "./lib/bench-database";

const SIZE = Number(process.env.BENCH_CATALOG_SIZE ?? 5000);
const database = await startBenchDatabase(54370);

const { startDemoProviderServer } = await import("../tests/demo-provider-server");
const { createUser } = await import("../tests/factories");
const { resetDemoProvider, DEMO_TEST_KEY } = await import("../lib/demo-provider/test-support");
const { createProvider, updateProvider } = await import("../lib/providers/save-provider");
const { importServices } = await import("../lib/catalog/import-services");
const { syncProviderCatalog } = await import("../lib/catalog/sync-provider-catalog");
const { fetchProviderServices } = await import("../lib/catalog/fetch-provider-services");
const { db } = await import("../lib/db");

const demo = await startDemoProviderServer();
await resetDemoProvider("1000");
const admin = await createUser({ role: "ADMIN" });
const provider = await createProvider(
  { name: "Bench provider", apiUrl: demo.url(`catalogSize=${SIZE}`), apiKey: DEMO_TEST_KEY },
  { id: admin.id },
);

async function measure<T>(label: string, work: () => Promise<T>) {
  await new Promise((resolve) => setTimeout(resolve, 300)); // let earlier log lines arrive
  const before = database.statements();
  const started = performance.now();
  const result = await work();
  const seconds = (performance.now() - started) / 1000;
  await new Promise((resolve) => setTimeout(resolve, 300));
  console.log(
    `${label.padEnd(34)} ${seconds.toFixed(2).padStart(6)} s   ${String(database.statements() - before).padStart(5)} DB round-trips   ${JSON.stringify(result)}`,
  );
}

const { services } = await fetchProviderServices(provider.id);
console.log(
  `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; ${new Date().toISOString()}`,
);
await measure(`import ${services.length} services`, () =>
  importServices(
    {
      providerId: provider.id,
      providerServiceIds: services.map((service) => service.serviceId),
      markupKind: "PERCENT",
      markupValue: "25",
      roundTo: null,
    },
    { id: admin.id },
  ),
);
await updateProvider(
  {
    providerId: provider.id,
    name: "Bench provider",
    apiUrl: demo.url(`catalogSize=${SIZE}&catalogVariant=1`),
    apiKey: DEMO_TEST_KEY,
    status: "ACTIVE",
    lowBalanceThreshold: null,
  },
  { id: admin.id },
);
await measure(`sync ${services.length}-service catalogue`, async () => {
  const { checked, updated, vanished, changes } = await syncProviderCatalog(provider.id);
  return { checked, updated, vanished, changes };
});
await measure("sync again (nothing changed)", async () => {
  const { checked, updated, changes } = await syncProviderCatalog(provider.id);
  return { checked, updated, changes };
});

await db.$disconnect();
await demo.close();
await database.stop();
process.exit(0);
