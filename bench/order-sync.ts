// Status sync of 100,000 open orders over 4 demo providers answering with 100 ms latency: wall time,
// provider calls and DB round-trips. Orders are created straight in SQL (both sides: ours and the
// demo provider's), all still running, as most open orders are at any moment.
import { machineLine, startBenchDatabase } from "./lib/bench-database";

const ORDERS = Number(process.env.BENCH_SYNC_ORDERS ?? 100_000);
const PROVIDERS = 4;
const database = await startBenchDatabase(54371);

const { startDemoProviderServer } = await import("../tests/demo-provider-server");
const { createUser } = await import("../tests/factories");
const { resetDemoProvider, DEMO_TEST_KEY } = await import("../lib/demo-provider/test-support");
const { createProvider } = await import("../lib/providers/save-provider");
const { importServices } = await import("../lib/catalog/import-services");
const { syncOrderStatuses } = await import("../lib/orders/sync-order-statuses");
const { db } = await import("../lib/db");

const demo = await startDemoProviderServer();
await resetDemoProvider("1000000");
const admin = await createUser({ role: "ADMIN" });
const customer = await createUser();
const providerIds: string[] = [];
for (let index = 0; index < PROVIDERS; index += 1) {
  const provider = await createProvider(
    { name: `Sync bench ${index}`, apiUrl: demo.url(`latencyMs=100&n=${index}`), apiKey: DEMO_TEST_KEY },
    { id: admin.id },
  );
  await importServices(
    { providerId: provider.id, providerServiceIds: ["2"], markupKind: "PERCENT", markupValue: "0", roundTo: null },
    { id: admin.id },
  );
  providerIds.push(provider.id);
}
const services = await db.service.findMany({ where: { providerId: { in: providerIds } }, select: { id: true, providerId: true } });

// Demo-side orders 1..N (running for a day), and ours pointing at them, spread over the providers.
await db.$executeRaw`
  INSERT INTO demo_provider_orders (service_id, link, quantity, charge, start_count, outcome, duration_ms, final_remains, created_at)
  SELECT 2, 'https://instagram.com/p/bench' || g, 1000, 0.45, 100, 'completed', 86400000, 0, now() FROM generate_series(1, ${ORDERS}) AS g`;
await db.$executeRaw`
  INSERT INTO orders (user_id, service_id, provider_id, provider_order_id, link, quantity, mode, status, rate, charge, charge_usd, source, forward_claimed_at, forwarded_at, updated_at)
  SELECT ${customer.id}, s.id, s.provider_id, d.id::text, d.link, 1000, 'AUTO', 'PROCESSING', 54.9, 54.9, 0.45, 'api', now(), now(), now()
    FROM demo_provider_orders d
    JOIN (SELECT id, provider_id, row_number() OVER (ORDER BY id) - 1 AS slot FROM services WHERE id = ANY(${services.map((s) => s.id)}::int[])) s
      ON s.slot = d.id % ${PROVIDERS}`;
await db.$executeRaw`ANALYZE`;

console.log(machineLine());
const before = database.statements();
const started = performance.now();
const run = await syncOrderStatuses();
const seconds = (performance.now() - started) / 1000;
await new Promise((resolve) => setTimeout(resolve, 300));
console.log(
  `sync ${ORDERS} open orders, ${PROVIDERS} providers @100 ms   ${seconds.toFixed(2)} s   ${run.providerCalls} provider calls (${(ORDERS / run.providerCalls).toFixed(0)} orders/call)   ${database.statements() - before} DB round-trips (ours + demo provider's)   checked ${run.checked}, errors ${run.errors.length}`,
);

await db.$disconnect();
await demo.close();
await database.stop();
process.exit(0);
